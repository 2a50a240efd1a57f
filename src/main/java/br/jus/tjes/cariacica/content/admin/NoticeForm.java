package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import org.jspecify.annotations.Nullable;

class NoticeForm extends ArticleForm<ContentDraft.Notice> {

    boolean published;

    @Nullable LocalDateTime publishedAt;

    static ContentKind<ContentDraft.Notice> kind(ContentEditor<ContentDraft.Notice> editor) {
        return new ContentKind<>("avisos", editor, NoticeForm::new,
                (item) -> new ListRow(item.id(), item.draft().title(),
                        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(local(item.draft().publishedAt())),
                        item.draft().published() ? "conteudo.estado.publicado" : "conteudo.estado.rascunho"));
    }

}
