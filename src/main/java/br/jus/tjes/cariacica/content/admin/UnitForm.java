package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The unit's texts, address and the links citizens use to find it: one item, with the
 * same version check as every other.
 */
class UnitForm extends ContentForm<ContentDraft.Unit> {

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    @Nullable String name;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String handlesMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String notHandledMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 200, message = "{conteudo.tamanho}")
    @Nullable String street;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 100, message = "{conteudo.tamanho}")
    @Nullable String district;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 100, message = "{conteudo.tamanho}")
    @Nullable String city;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Pattern(regexp = "^\\s*[A-Z]{2}\\s*$", message = "{conteudo.unidade.uf}")
    @Nullable String state;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Pattern(regexp = "^\\s*\\d{5}-?\\d{3}\\s*$", message = "{conteudo.unidade.cep}")
    @Nullable String postalCode;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 500, message = "{conteudo.tamanho}")
    @Nullable String mapUrl;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String accessibilityMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String plantaoMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String ouvidoriaMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 20_000, message = "{conteudo.tamanho}")
    @Nullable String defensoriaMarkdown;

    @NotBlank(message = "{conteudo.obrigatorio}")
    @Size(max = 300, message = "{conteudo.tamanho}")
    @Nullable String privacyOfficerContact;

    @Size(max = 40, message = "{conteudo.tamanho}")
    @Nullable String defensoriaPhone;

    @Size(max = 300, message = "{conteudo.tamanho}")
    @Nullable String defensoriaUrl;

    static ContentKind<ContentDraft.Unit> kind(ContentEditor<ContentDraft.Unit> editor) {
        return new ContentKind<>("unidade", editor, UnitForm::new,
                ContentKind.each((item) -> new ListRow(item.id(), item.draft().name(), null, null)), (model) -> {
                }, ContentKind.Items.ONE);
    }

}
