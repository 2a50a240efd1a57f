package br.jus.tjes.cariacica.content.internal;

import java.time.Clock;
import java.time.Instant;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.content.ContentChanged;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every content write does besides the write itself, inside its transaction: the
 * audit row (the acting user is the request's) with the state before and after, and
 * {@link ContentChanged}, which refreshes the caches and the search index once the
 * transaction commits.
 */
@Component
class ContentWrites {

    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ContentWrites(AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return this.clock.instant();
    }

    void record(AuditAction action, String target, @Nullable String before, @Nullable String after) {
        this.audit.record(AuditEvent.change(action, target, before, after));
        this.events.publishEvent(new ContentChanged(target));
    }

}
