package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDateTime;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class UrgentNoticeForm extends ContentForm<ContentDraft.UrgentNotice> {

    private boolean enabled = true;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 2_000, message = "{conteudo.tamanho}")
    private String messageMarkdown;

    @NotNull(message = "{conteudo.obrigatorio}")
    private LocalDateTime activeFrom;

    private LocalDateTime activeUntil;

    static UrgentNoticeForm of(ContentDraft.UrgentNotice draft) {
        var form = new UrgentNoticeForm();
        form.enabled = draft.enabled();
        form.messageMarkdown = draft.messageMarkdown();
        form.activeFrom = local(draft.activeFrom());
        form.activeUntil = local(draft.activeUntil());
        return form;
    }

    @Override
    ContentDraft.UrgentNotice toDraft() {
        return new ContentDraft.UrgentNotice(this.enabled, this.messageMarkdown, instant(this.activeFrom),
                instant(this.activeUntil));
    }

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMessageMarkdown() {
        return this.messageMarkdown;
    }

    public void setMessageMarkdown(String messageMarkdown) {
        this.messageMarkdown = messageMarkdown;
    }

    public LocalDateTime getActiveFrom() {
        return this.activeFrom;
    }

    public void setActiveFrom(LocalDateTime activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDateTime getActiveUntil() {
        return this.activeUntil;
    }

    public void setActiveUntil(LocalDateTime activeUntil) {
        this.activeUntil = activeUntil;
    }

}
