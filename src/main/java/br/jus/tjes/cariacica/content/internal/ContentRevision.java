package br.jus.tjes.cariacica.content.internal;

import java.util.concurrent.atomic.AtomicLong;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import br.jus.tjes.cariacica.content.ContentChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the per-instance caches of several instances in step. Every
 * {@link ContentChanged} bumps a one-row counter in the transaction of the change (so any
 * module's edit counts, and a rolled-back edit does not); each instance looks at the
 * counter every {@code court.content.revision-check-interval} and, when it moved past the
 * value it last saw, clears its caches. The search index lives in PostgreSQL, shared by
 * all instances, and is rebuilt once by the instance that made the change
 * ({@link ContentRefresh}); rebuilding it from every instance at once would only race. An
 * instance's own edits are marked as seen, so they do not clear its caches twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ContentProperties.class)
class ContentRevision implements SchedulingConfigurer, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContentRevision.class);

    private final JdbcClient jdbc;

    private final CacheManager cacheManager;

    private final ContentProperties properties;

    private final ApplicationEventPublisher events;

    private final Counter clears;

    private final AtomicLong lastSeen = new AtomicLong(-1);

    ContentRevision(JdbcClient jdbc, CacheManager cacheManager, ContentProperties properties,
            ApplicationEventPublisher events, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.cacheManager = cacheManager;
        this.properties = properties;
        this.events = events;
        this.clears = ContentCaches.clearsCounter(meters, "revision");
    }

    /**
     * Before any page fills a cache: what is cached from now on is at least this
     * revision.
     */
    @Override
    public void afterSingletonsInstantiated() {
        this.lastSeen.set(current());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::checkQuietly, this.properties.revisionCheckInterval());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void bump(ContentChanged event) {
        bump();
    }

    /**
     * Moves the revision in the caller's transaction (other instances clear their caches
     * once it commits) and counts it as seen here, without refreshing anything: for a
     * writer that refreshes this instance itself afterwards, as the hearing import does.
     */
    void bump() {
        long revision = this.jdbc
            .sql("update content_revision set revision = revision + 1 where id = 1 returning revision")
            .query(Long.class)
            .single();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Published outside a transaction: already committed, and ContentRefresh runs
            // right after this.
            this.lastSeen.accumulateAndGet(revision, Math::max);
        }
        else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // Every revision below ours committed before ours (the row lock
                    // orders them), so the refresh
                    // that follows our commit sees them too.
                    ContentRevision.this.lastSeen.accumulateAndGet(revision, Math::max);
                }
            });
        }
    }

    /**
     * Clears the caches when another instance changed the content since the last look;
     * true when it did.
     */
    boolean check() {
        long current = current();
        long seen = this.lastSeen.get();
        if (current == seen) {
            return false;
        }
        log.info("Content revision {} (last seen {}): clearing this instance's content caches", current, seen);
        ContentCaches.clearAll(this.cacheManager);
        this.clears.increment();
        this.events.publishEvent(new ContentCachesCleared("revision " + current));
        this.lastSeen.accumulateAndGet(current, Math::max);
        return true;
    }

    private void checkQuietly() {
        try {
            check();
        }
        catch (RuntimeException ex) {
            log.warn("Could not check the content revision: {}", ex.toString());
        }
    }

    long lastSeen() {
        return this.lastSeen.get();
    }

    private long current() {
        return this.jdbc.sql("select revision from content_revision where id = 1").query(Long.class).single();
    }

}
