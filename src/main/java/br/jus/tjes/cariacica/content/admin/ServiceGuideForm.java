package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

class ServiceGuideForm extends ContentForm<ContentDraft.ServiceGuide> {

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

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    int position;

    static ContentKind<ContentDraft.ServiceGuide> kind() {
        return new ContentKind<>("servicos", ContentDraft.ServiceGuide.class, ServiceGuideForm::new,
                (item) -> new ListRow(item.id(), item.draft().title(), item.draft().summary(), null));
    }

}
