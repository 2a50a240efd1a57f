package br.jus.tjes.cariacica.content.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The urgent banner shown on every page: switched on or off, with its text and the period
 * it shows in.
 */
class UrgentNoticeForm extends ContentForm<ContentDraft.UrgentNotice> {

    boolean enabled = true;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 2_000, message = "{conteudo.tamanho}")
    @Nullable String messageMarkdown;

    @NotNull(message = "{conteudo.obrigatorio}")
    @Nullable LocalDateTime activeFrom;

    @Nullable LocalDateTime activeUntil;

    static ContentKind<ContentDraft.UrgentNotice> kind(ContentEditor<ContentDraft.UrgentNotice> editor, Clock clock) {
        return new ContentKind<>("alertas", editor, () -> {
            var form = new UrgentNoticeForm();
            form.activeFrom = local(clock.instant());
            return form;
        }, UrgentNoticeForm::row);
    }

    @Override
    void validate(Errors errors) {
        if (this.activeFrom != null && this.activeUntil != null && !this.activeUntil.isAfter(this.activeFrom)) {
            errors.rejectValue("activeUntil", "conteudo.periodo.fim-antes");
        }
    }

    private static ListRow row(br.jus.tjes.cariacica.content.Edited<ContentDraft.UrgentNotice> item) {
        var when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
        var notice = item.draft();
        String period = when.format(local(notice.activeFrom()))
                + ((notice.activeUntil() == null) ? "" : " – " + when.format(local(notice.activeUntil())));
        String label = (notice.messageMarkdown().length() > 80) ? notice.messageMarkdown().substring(0, 80) + "…"
                : notice.messageMarkdown();
        return new ListRow(item.id(), label, period,
                notice.enabled() ? "conteudo.estado.ligado" : "conteudo.estado.desligado");
    }

}
