package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

class NoticeForm extends ContentForm<ContentDraft.Notice> {

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

    boolean published;

    @Nullable LocalDateTime publishedAt;

    static ContentKind<ContentDraft.Notice> kind() {
        return new ContentKind<>("avisos", ContentDraft.Notice.class, NoticeForm::new,
                (item) -> new ListRow(item.id(), item.draft().title(),
                        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(local(item.draft().publishedAt())),
                        item.draft().published() ? "conteudo.estado.publicado" : "conteudo.estado.rascunho"));
    }

}
