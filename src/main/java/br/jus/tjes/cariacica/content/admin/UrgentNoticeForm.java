package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import br.jus.tjes.cariacica.content.ContentDraft;

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
        return new ContentDraft.UrgentNotice(enabled, messageMarkdown, instant(activeFrom), instant(activeUntil));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMessageMarkdown() {
        return messageMarkdown;
    }

    public void setMessageMarkdown(String messageMarkdown) {
        this.messageMarkdown = messageMarkdown;
    }

    public LocalDateTime getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDateTime activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDateTime getActiveUntil() {
        return activeUntil;
    }

    public void setActiveUntil(LocalDateTime activeUntil) {
        this.activeUntil = activeUntil;
    }

}
