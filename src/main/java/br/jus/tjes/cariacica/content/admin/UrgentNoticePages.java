package br.jus.tjes.cariacica.content.admin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The urgent banner shown on every page: switched on or off, with its text and the period
 * it shows in.
 */
@Controller
@RequestMapping("/admin/conteudo/alertas")
class UrgentNoticePages extends ContentPages<UrgentNoticeForm, ContentDraft.UrgentNotice> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;

    UrgentNoticePages(ContentEditing editing, Clock clock) {
        super(editing.urgentNotices());
        this.clock = clock;
    }

    @Override
    String section() {
        return "alertas";
    }

    @Override
    UrgentNoticeForm emptyForm() {
        var form = new UrgentNoticeForm();
        form.setActiveFrom(ContentForm.local(this.clock.instant()));
        return form;
    }

    @Override
    UrgentNoticeForm formOf(ContentDraft.UrgentNotice draft) {
        return UrgentNoticeForm.of(draft);
    }

    @Override
    void validate(UrgentNoticeForm form, BindingResult binding) {
        if (form.getActiveFrom() != null && form.getActiveUntil() != null
                && !form.getActiveUntil().isAfter(form.getActiveFrom())) {
            binding.rejectValue("activeUntil", "conteudo.periodo.fim-antes");
        }
    }

    @Override
    ListRow row(Edited<ContentDraft.UrgentNotice> item) {
        var notice = item.draft();
        String period = WHEN.format(ContentForm.local(notice.activeFrom()))
                + ((notice.activeUntil() == null) ? "" : " – " + WHEN.format(ContentForm.local(notice.activeUntil())));
        String label = (notice.messageMarkdown().length() > 80) ? notice.messageMarkdown().substring(0, 80) + "…"
                : notice.messageMarkdown();
        return new ListRow(item.id(), label, period,
                notice.enabled() ? "conteudo.estado.ligado" : "conteudo.estado.desligado");
    }

}
