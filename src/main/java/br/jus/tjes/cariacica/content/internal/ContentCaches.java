package br.jus.tjes.cariacica.content.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import br.jus.tjes.cariacica.content.ContentChanged;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
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
 * The content caches (Caffeine) of this instance, and the revision that keeps those of
 * several instances in step.
 * <p>
 * All of them are cleared once an edit commits, so the next reader sees it (see
 * {@link ContentRefresh}). The unit, notices, services, FAQ and pages are keyed by
 * nothing a visitor chooses (one entry each, or a fixed slug) and follow
 * {@code spring.cache.caffeine.spec}. The hearing lists are keyed by whatever period,
 * filter and case number a visitor sends, so a count of entries says nothing of their
 * size: that cache is bounded by an estimate of its bytes
 * ({@code court.content.hearings-cache-size}) and a crawler walking ranges only evicts
 * older lists.
 * <p>
 * Every {@link ContentChanged} bumps a one-row counter in the transaction of the change
 * (so any module's edit counts, and a rolled-back edit does not); each instance looks at
 * the counter every {@code court.content.revision-check-interval} and, when it moved past
 * the value it last saw, clears its caches. The search index lives in PostgreSQL, shared
 * by all instances, and is rebuilt once by the instance that made the change
 * ({@link ContentRefresh}); rebuilding it from every instance at once would only race. An
 * instance's own edits are marked as seen, so they do not clear its caches twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableScheduling
@EnableConfigurationProperties(ContentProperties.class)
class ContentCaches implements SchedulingConfigurer, SmartInitializingSingleton {

    static final String UNIT = "content-unit";
    static final String NOTICES = "content-notices";
    static final String SERVICES = "content-services";
    static final String FAQ = "content-faq";
    static final String PAGES = "content-pages";
    static final String HEARINGS = "content-hearings";

    static final List<String> ALL = List.of(UNIT, NOTICES, SERVICES, FAQ, PAGES, HEARINGS);

    private static final Logger log = LoggerFactory.getLogger(ContentCaches.class);

    private final JdbcClient jdbc;

    private final CacheManager cacheManager;

    private final ContentProperties properties;

    private final ApplicationEventPublisher events;

    private final Counter editClears;

    private final Counter revisionClears;

    private final AtomicLong lastSeen = new AtomicLong(-1);

    ContentCaches(JdbcClient jdbc, CacheManager cacheManager, ContentProperties properties,
            ApplicationEventPublisher events, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.cacheManager = cacheManager;
        this.properties = properties;
        this.events = events;
        this.editClears = clears(meters, "edit");
        this.revisionClears = clears(meters, "revision");
    }

    /** Static: the cache manager this class needs is built with it. */
    @Bean
    static CacheManagerCustomizer<CaffeineCacheManager> hearingsCacheBoundedByBytes(ContentProperties properties) {
        return (manager) -> manager.registerCustomCache(HEARINGS,
                Caffeine.newBuilder()
                    .maximumWeight(properties.hearingsCacheSize().toBytes())
                    .weigher(CacheWeights::hearings)
                    // As the other caches by default: edits clear it at once anyway.
                    .expireAfterWrite(Duration.ofMinutes(10))
                    .build());
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

    void clearAfterEdit() {
        clear(this.editClears, "edit");
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
                    // orders them), so the refresh that follows our commit sees them too.
                    ContentCaches.this.lastSeen.accumulateAndGet(revision, Math::max);
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
        clear(this.revisionClears, "revision " + current);
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

    private void clear(Counter counter, String what) {
        for (String name : ALL) {
            var cache = this.cacheManager.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
        counter.increment();
        this.events.publishEvent(new ContentCachesCleared(what));
    }

    long lastSeen() {
        return this.lastSeen.get();
    }

    private long current() {
        return this.jdbc.sql("select revision from content_revision where id = 1").query(Long.class).single();
    }

    private static Counter clears(MeterRegistry meters, String cause) {
        return Counter.builder("court.content.cache.clears")
            .description("Clears of the content caches of this instance")
            .tag("cause", cause)
            .register(meters);
    }

}
