package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditing;
import br.jus.tjes.cariacica.content.Edited;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/conteudo/servicos")
class ServiceGuidePages extends ContentPages<ServiceGuideForm, ContentDraft.ServiceGuide> {

    ServiceGuidePages(ContentEditing editing) {
        super(editing.serviceGuides());
    }

    @Override
    String section() {
        return "servicos";
    }

    @Override
    ServiceGuideForm emptyForm() {
        return new ServiceGuideForm();
    }

    @Override
    ServiceGuideForm formOf(ContentDraft.ServiceGuide draft) {
        return ServiceGuideForm.of(draft);
    }

    @Override
    ListRow row(Edited<ContentDraft.ServiceGuide> item) {
        return new ListRow(item.id(), item.draft().title(), item.draft().summary(), null);
    }

}
