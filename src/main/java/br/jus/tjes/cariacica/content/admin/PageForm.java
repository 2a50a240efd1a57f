package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The free pages (acessibilidade, privacidade): edited only, as the public site has a
 * route for each.
 */
class PageForm extends ContentForm<ContentDraft.Page> {

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    @Nullable String title;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 100_000, message = "{conteudo.tamanho}")
    @Nullable String bodyMarkdown;

    static ContentKind<ContentDraft.Page> kind(ContentEditor<ContentDraft.Page> editor) {
        return new ContentKind<>("paginas", editor, PageForm::new,
                ContentKind.each((item) -> new ListRow(item.id(), item.draft().title(), null, null)), (model) -> {
                }, ContentKind.Items.FIXED);
    }

}
