package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class ServiceGuideForm extends ContentForm<ContentDraft.ServiceGuide> {

    @Size(max = 120, message = "{conteudo.tamanho}")
    @Pattern(regexp = SLUG_OR_EMPTY, message = "{conteudo.slug.formato}")
    private String slug;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    private String title;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 400, message = "{conteudo.tamanho}")
    private String summary;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 50_000, message = "{conteudo.tamanho}")
    private String bodyMarkdown;

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    private int position;

    static ServiceGuideForm of(ContentDraft.ServiceGuide draft) {
        var form = new ServiceGuideForm();
        form.slug = draft.slug();
        form.title = draft.title();
        form.summary = draft.summary();
        form.bodyMarkdown = draft.bodyMarkdown();
        form.position = draft.position();
        return form;
    }

    @Override
    ContentDraft.ServiceGuide toDraft() {
        return new ContentDraft.ServiceGuide(strip(this.slug), this.title, this.summary, this.bodyMarkdown,
                this.position);
    }

    public String getSlug() {
        return this.slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return this.summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBodyMarkdown() {
        return this.bodyMarkdown;
    }

    public void setBodyMarkdown(String bodyMarkdown) {
        this.bodyMarkdown = bodyMarkdown;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

}
