package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/** Holidays, recesses and days the forum is closed: no channel is open on them. */
class ClosureForm extends ContentForm<ContentDraft.Closure> {

    @NotNull(message = "{conteudo.obrigatorio}")
    @Nullable LocalDate startsOn;

    @Nullable LocalDate endsOn;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    @Nullable String reason;

    static ContentKind<ContentDraft.Closure> kind(ContentEditor<ContentDraft.Closure> editor) {
        var day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        return new ContentKind<>("fechamentos", editor, ClosureForm::new,
                (item) -> new ListRow(item.id(), item.draft().reason(),
                        item.draft().startsOn().equals(item.draft().endsOn()) ? day.format(item.draft().startsOn())
                                : day.format(item.draft().startsOn()) + " – " + day.format(item.draft().endsOn()),
                        null));
    }

    @Override
    void validate(Errors errors) {
        if (this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn)) {
            errors.rejectValue("endsOn", "conteudo.periodo.fim-antes");
        }
    }

}
