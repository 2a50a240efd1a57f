package br.jus.tjes.cariacica.site.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.context.event.EventListener;

/**
 * The stored public pages, bounded in bytes. Each page expires at its own instant (the
 * next minute boundary, read from the application's clock), and all of them go when the
 * content caches are cleared. A page rendered while a clear happened is not stored: it
 * may hold content from before the clear.
 */
class PageCache {

    private final Cache<PageKey, CachedPage> pages;

    private final AtomicLong generation = new AtomicLong();

    private final Clock clock;

    PageCache(long maxBytes, Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
            .expireAfter(Expiry.writing((PageKey key, CachedPage page) -> remaining(page)))
            // The application's clock, so a page expires on the same minute the page
            // itself reads.
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            // Eviction on the caller's thread: no background task, and the bound holds
            // after every write.
            .executor(Runnable::run)
            .recordStats()
            .build();
        CaffeineCacheMetrics.monitor(meters, this.pages, "pages");
        Gauge.builder("court.page.cache.bytes", this.pages,
                (cache) -> cache.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L))
            .description("Bytes held by the page cache (estimated)")
            .baseUnit("bytes")
            .register(meters);
    }

    /**
     * The stored page for a key.
     * @param key the request's key
     * @return the page, or null when none is stored (or it expired)
     */
    CachedPage get(PageKey key) {
        return this.pages.getIfPresent(key);
    }

    /**
     * The generation a rendering starts in; {@link #put} stores the page only if no clear
     * happened since.
     * @return the current generation
     */
    long generation() {
        return this.generation.get();
    }

    /**
     * Stores a page rendered in {@code generation}, unless the content was cleared
     * meanwhile or it already expired.
     * @param key the page's key
     * @param page the page
     * @param renderedIn the generation read before rendering
     */
    void put(PageKey key, CachedPage page, long renderedIn) {
        if (this.generation.get() != renderedIn || remaining(page).isZero()) {
            return;
        }
        this.pages.put(key, page);
        if (this.generation.get() != renderedIn) {
            // A clear ran between the check and the write: it may have missed this page.
            this.pages.invalidate(key);
        }
    }

    /**
     * Drops every page when the content caches were cleared: after an edit on this
     * instance, or on another one (seen through the content revision).
     * @param event what cleared them
     */
    @EventListener
    void contentCachesCleared(ContentCachesCleared event) {
        clear();
    }

    /** Drops every page. */
    void clear() {
        this.generation.incrementAndGet();
        this.pages.invalidateAll();
    }

    /**
     * The estimated bytes held, after pending evictions.
     * @return the weighted size
     */
    long bytes() {
        this.pages.cleanUp();
        return this.pages.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    private Duration remaining(CachedPage page) {
        Duration left = Duration.between(this.clock.instant(), page.expires());
        return left.isNegative() ? Duration.ZERO : left;
    }

}
