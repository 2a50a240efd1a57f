package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class FaqEntryForm extends ContentForm<ContentDraft.FaqEntry> {

    @NotNull(message = "{conteudo.obrigatorio}")
    private Long categoryId;

    @Size(max = 120, message = "{conteudo.tamanho}")
    @Pattern(regexp = SLUG_OR_EMPTY, message = "{conteudo.slug.formato}")
    private String slug;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    private String question;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    private String answerMarkdown;

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    private int position;

    static FaqEntryForm of(ContentDraft.FaqEntry draft) {
        var form = new FaqEntryForm();
        form.categoryId = draft.categoryId();
        form.slug = draft.slug();
        form.question = draft.question();
        form.answerMarkdown = draft.answerMarkdown();
        form.position = draft.position();
        return form;
    }

    @Override
    ContentDraft.FaqEntry toDraft() {
        return new ContentDraft.FaqEntry(this.categoryId, strip(this.slug), this.question, this.answerMarkdown,
                this.position);
    }

    public Long getCategoryId() {
        return this.categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getSlug() {
        return this.slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getQuestion() {
        return this.question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswerMarkdown() {
        return this.answerMarkdown;
    }

    public void setAnswerMarkdown(String answerMarkdown) {
        this.answerMarkdown = answerMarkdown;
    }

    public int getPosition() {
        return this.position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

}
