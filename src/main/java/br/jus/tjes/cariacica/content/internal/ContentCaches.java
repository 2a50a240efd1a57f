package br.jus.tjes.cariacica.content.internal;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The content caches (Caffeine); all of them are cleared once an edit commits, so the
 * next reader sees it (see {@link ContentRefresh}). The unit, notices, services, FAQ and
 * pages are keyed by nothing a visitor chooses (one entry each, or a fixed slug) and
 * follow {@code spring.cache.caffeine.spec}. The hearing lists are keyed by whatever
 * period, filter and case number a visitor sends, so a count of entries says nothing of
 * their size: that cache is bounded by an estimate of its bytes
 * ({@code court.content.hearings-cache-size}) and a crawler walking ranges only evicts
 * older lists.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ContentCaches {

    static final String UNIT = "content-unit";
    static final String NOTICES = "content-notices";
    static final String SERVICES = "content-services";
    static final String FAQ = "content-faq";
    static final String PAGES = "content-pages";
    static final String HEARINGS = "content-hearings";

    static final List<String> ALL = List.of(UNIT, NOTICES, SERVICES, FAQ, PAGES, HEARINGS);

    /** As the other caches by default: edits clear it at once anyway. */
    static final Duration HEARINGS_EXPIRY = Duration.ofMinutes(10);

    static void clearAll(CacheManager cacheManager) {
        for (String name : ALL) {
            var cache = cacheManager.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }

    /**
     * Counts the clears of this instance's content caches by cause.
     * @param meters where to register it
     * @param cause {@code edit} (an edit or refresh here) or {@code revision} (another
     * instance's edit)
     * @return the counter {@code court.content.cache.clears}
     */
    static Counter clearsCounter(MeterRegistry meters, String cause) {
        return Counter.builder("court.content.cache.clears")
            .description("Clears of the content caches of this instance")
            .tag("cause", cause)
            .register(meters);
    }

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> hearingsCacheBoundedByBytes(ContentProperties properties) {
        return (manager) -> manager.registerCustomCache(HEARINGS,
                Caffeine.newBuilder()
                    .maximumWeight(properties.hearingsCacheSize().toBytes())
                    .weigher(CacheWeights::hearings)
                    .expireAfterWrite(HEARINGS_EXPIRY)
                    .build());
    }

}
