package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDate;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class ClosureForm extends ContentForm<ContentDraft.Closure> {

    @NotNull(message = "{conteudo.obrigatorio}")
    private LocalDate startsOn;

    private LocalDate endsOn;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    private String reason;

    static ClosureForm of(ContentDraft.Closure draft) {
        var form = new ClosureForm();
        form.startsOn = draft.startsOn();
        form.endsOn = draft.endsOn();
        form.reason = draft.reason();
        return form;
    }

    @Override
    ContentDraft.Closure toDraft() {
        return new ContentDraft.Closure(this.startsOn, this.endsOn, this.reason);
    }

    public LocalDate getStartsOn() {
        return this.startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return this.endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getReason() {
        return this.reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

}
