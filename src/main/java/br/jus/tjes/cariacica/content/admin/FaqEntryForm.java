package br.jus.tjes.cariacica.content.admin;

import java.util.Map;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * FAQ entries. The new-entry form takes {@code ?pergunta=} so the assistant's review can
 * open it with a question citizens asked and found no answer to.
 */
class FaqEntryForm extends ContentForm<ContentDraft.FaqEntry> {

    @NotNull(message = "{conteudo.obrigatorio}")
    @Nullable Long categoryId;

    @Size(max = 120, message = "{conteudo.tamanho}")
    @Pattern(regexp = ContentPages.SLUG_OR_EMPTY, message = "{conteudo.slug.formato}")
    @Nullable String slug;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    @Nullable String question;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String answerMarkdown;

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    int position;

    static ContentKind<ContentDraft.FaqEntry> kind(ContentEditor<ContentDraft.FaqEntry> editor) {
        return new ContentKind<>("faq", editor, FaqEntryForm::new, (items) -> {
            Map<Long, String> names = editor.choices()
                .stream()
                .collect(Collectors.toMap(ContentEditor.Choice::id, ContentEditor.Choice::name));
            return items.stream()
                .map((item) -> new ListRow(item.id(), item.draft().question(), names.get(item.draft().categoryId()),
                        null))
                .toList();
        }, (model) -> model.addAttribute("categorias", editor.choices()), ContentKind.Items.ADDED_AND_REMOVED);
    }

    @Override
    void prefill(String question) {
        String text = question.strip();
        this.question = (text.length() > 300) ? text.substring(0, 300) : text;
    }

}
