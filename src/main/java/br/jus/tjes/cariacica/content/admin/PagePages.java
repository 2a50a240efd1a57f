package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The free pages (acessibilidade, privacidade): edited only, as the public site has a
 * route for each.
 */
@Controller
@RequestMapping("/admin/conteudo/paginas")
class PagePages extends ContentPages<PageForm, ContentDraft.Page> {

    PagePages(ContentEditing editing) {
        super(editing.pages());
    }

    @Override
    String section() {
        return "paginas";
    }

    @Override
    boolean addsAndRemoves() {
        return false;
    }

    @Override
    PageForm emptyForm() {
        return new PageForm();
    }

    @Override
    PageForm formOf(ContentDraft.Page draft) {
        return PageForm.of(draft);
    }

    @Override
    ListRow row(Edited<ContentDraft.Page> item) {
        return new ListRow(item.id(), item.draft().title(), null, null);
    }

}
