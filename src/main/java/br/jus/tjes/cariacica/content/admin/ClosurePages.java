package br.jus.tjes.cariacica.content.admin;

import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;

/** Holidays, recesses and days the forum is closed: no channel is open on them. */
@Controller
@RequestMapping("/admin/conteudo/fechamentos")
class ClosurePages extends ContentPages<ClosureForm, ContentDraft.Closure> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    ClosurePages(ContentEditing editing) {
        super(editing.closures());
    }

    @Override
    String section() {
        return "fechamentos";
    }

    @Override
    ClosureForm emptyForm() {
        return new ClosureForm();
    }

    @Override
    ClosureForm formOf(ContentDraft.Closure draft) {
        return ClosureForm.of(draft);
    }

    @Override
    void validate(ClosureForm form, BindingResult binding) {
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            binding.rejectValue("endsOn", "conteudo.periodo.fim-antes");
        }
    }

    @Override
    ListRow row(Edited<ContentDraft.Closure> item) {
        var closure = item.draft();
        String days = closure.startsOn().equals(closure.endsOn()) ? DAY.format(closure.startsOn())
                : DAY.format(closure.startsOn()) + " – " + DAY.format(closure.endsOn());
        return new ListRow(item.id(), closure.reason(), days, null);
    }

}
