package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The fields a notice and a service guide share: an address (made from the title when
 * left empty), a title, a summary and a Markdown text.
 */
abstract class ArticleForm<D extends ContentDraft> extends ContentForm<D> {

    @Size(max = 120, message = "{conteudo.tamanho}")
    @Pattern(regexp = ContentPages.SLUG_OR_EMPTY, message = "{conteudo.slug.formato}")
    @Nullable String slug;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    @Nullable String title;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 400, message = "{conteudo.tamanho}")
    @Nullable String summary;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 50_000, message = "{conteudo.tamanho}")
    @Nullable String bodyMarkdown;

}
