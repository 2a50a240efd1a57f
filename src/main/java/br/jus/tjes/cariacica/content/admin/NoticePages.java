package br.jus.tjes.cariacica.content.admin;

import java.time.format.DateTimeFormatter;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/conteudo/avisos")
class NoticePages extends ContentPages<NoticeForm, ContentDraft.Notice> {

    NoticePages(ContentEditing editing) {
        super(editing.notices());
    }

    @Override
    String section() {
        return "avisos";
    }

    @Override
    NoticeForm emptyForm() {
        return new NoticeForm();
    }

    @Override
    NoticeForm formOf(ContentDraft.Notice draft) {
        return NoticeForm.of(draft);
    }

    @Override
    ListRow row(Edited<ContentDraft.Notice> item) {
        var notice = item.draft();
        return new ListRow(item.id(), notice.title(),
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(ContentForm.local(notice.publishedAt())),
                notice.published() ? "conteudo.estado.publicado" : "conteudo.estado.rascunho");
    }

}
