package br.jus.tjes.cariacica.content.admin;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

class ServiceGuideForm extends ArticleForm<ContentDraft.ServiceGuide> {

    @Min(value = 0, message = "{conteudo.posicao}")
    @Max(value = 10_000, message = "{conteudo.posicao}")
    int position;

    static ContentKind<ContentDraft.ServiceGuide> kind(ContentEditor<ContentDraft.ServiceGuide> editor) {
        return new ContentKind<>("servicos", editor, ServiceGuideForm::new,
                (item) -> new ListRow(item.id(), item.draft().title(), item.draft().summary(), null));
    }

}
