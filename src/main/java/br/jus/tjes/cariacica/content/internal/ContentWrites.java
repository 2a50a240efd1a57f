package br.jus.tjes.cariacica.content.internal;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.content.ContentDraft;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every content write does besides the write itself, inside its transaction: the
 * audit row (the acting user is the request's) with the state before and after as JSON,
 * and {@link ContentChanged}, which refreshes the caches and the search index once the
 * transaction commits.
 */
@Component
class ContentWrites {

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    ContentWrites(AuditLog audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void record(AuditAction action, String target, ContentDraft before, ContentDraft after) {
        this.audit.record(AuditEvent.change(action, target, json(before), json(after)));
        this.events.publishEvent(new ContentChanged(target));
    }

    private static String json(ContentDraft draft) {
        return (draft != null) ? JsonMapper.shared().writeValueAsString(draft) : null;
    }

}
