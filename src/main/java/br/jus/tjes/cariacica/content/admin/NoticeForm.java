package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDateTime;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class NoticeForm extends ContentForm<ContentDraft.Notice> {

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

    private boolean published;

    private LocalDateTime publishedAt;

    static NoticeForm of(ContentDraft.Notice draft) {
        var form = new NoticeForm();
        form.slug = draft.slug();
        form.title = draft.title();
        form.summary = draft.summary();
        form.bodyMarkdown = draft.bodyMarkdown();
        form.published = draft.published();
        form.publishedAt = local(draft.publishedAt());
        return form;
    }

    @Override
    ContentDraft.Notice toDraft() {
        return new ContentDraft.Notice(strip(this.slug), this.title, this.summary, this.bodyMarkdown, this.published,
                instant(this.publishedAt));
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

    public boolean isPublished() {
        return this.published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public LocalDateTime getPublishedAt() {
        return this.publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

}
