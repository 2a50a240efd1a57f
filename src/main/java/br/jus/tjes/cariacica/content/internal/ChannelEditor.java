package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentRuleException;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;

/**
 * Contact channels with their opening hours: the hours are part of the channel and share
 * its version.
 */
@Service
class ChannelEditor extends EntityEditor<ChannelEntity, ContentDraft.Channel> {

    ChannelEditor(EntityManager entityManager, ContentWrites writes) {
        super(entityManager, writes, ChannelEntity.class, "canal",
                "select distinct c from ChannelEntity c left join fetch c.hours order by c.position, c.id");
    }

    @Override
    ContentDraft.Channel draftOf(ChannelEntity entity) {
        return new ContentDraft.Channel(entity.kind, entity.name, entity.contact, entity.contactUrl,
                entity.descriptionMarkdown, entity.position, entity.sortedHours());
    }

    @Override
    void apply(ContentDraft.Channel draft, ChannelEntity entity) {
        if (draft.kind() == null) {
            throw new ContentRuleException("kind", "conteudo.obrigatorio");
        }
        String url = optional(draft.contactUrl());
        if (url != null && !SafeLinks.isSafe(url)) {
            throw new ContentRuleException("contactUrl", "conteudo.link.invalido");
        }
        for (var hours : draft.hours()) {
            if (!hours.closes().isAfter(hours.opens())) {
                throw new ContentRuleException("hours", "conteudo.horario.fim-antes");
            }
        }
        entity.kind = draft.kind();
        entity.name = required("name", draft.name());
        entity.contact = text(draft.contact());
        entity.contactUrl = url;
        entity.descriptionMarkdown = text(draft.descriptionMarkdown());
        entity.position = draft.position();
        var hours = draft.hours()
            .stream()
            .map((h) -> new HoursEmbeddable((short) h.day().getValue(), h.opens(), h.closes()))
            .toList();
        // Only touch the collection when it changed: replacing equal rows would still
        // bump the version.
        if (!new java.util.HashSet<>(hours).equals(new java.util.HashSet<>(entity.hours))) {
            entity.hours.clear();
            entity.hours.addAll(hours);
        }
    }

}
