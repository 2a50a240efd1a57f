package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class PageForm extends ContentForm<ContentDraft.Page> {

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    private String title;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 100_000, message = "{conteudo.tamanho}")
    private String bodyMarkdown;

    static PageForm of(ContentDraft.Page draft) {
        var form = new PageForm();
        form.title = draft.title();
        form.bodyMarkdown = draft.bodyMarkdown();
        return form;
    }

    @Override
    ContentDraft.Page toDraft() {
        return new ContentDraft.Page(this.title, this.bodyMarkdown);
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBodyMarkdown() {
        return this.bodyMarkdown;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

}
