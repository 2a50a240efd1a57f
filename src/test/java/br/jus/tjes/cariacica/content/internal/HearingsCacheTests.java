package br.jus.tjes.cariacica.content.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.time.CourtTime;
import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hearings cache is keyed by whatever period, filter and case number a visitor sends.
 * It was bounded by a count of entries (2,000 lists of up to a year of hearings each), so
 * a crawler walking ranges could fill the heap; it is now bounded by an estimate of its
 * bytes. Every other content cache is keyed by nothing a visitor chooses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HearingsCacheTests {

    @Autowired
    CacheManager cacheManager;

    @Autowired
    SiteContent content;

    @Autowired
    ContentProperties properties;

    @Test
    void theHearingsCacheIsBoundedByBytesAndACrawlerWalkingRangesStaysWithinTheBound() {
        Cache<Object, Object> cache = nativeCache(ContentCaches.HEARINGS);
        var eviction = cache.policy().eviction().orElseThrow();
        assertThat(eviction.isWeighted()).isTrue();
        assertThat(eviction.getMaximum()).isEqualTo(this.properties.hearingsCacheSize().toBytes());

        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int day = 0; day < 300; day++) {
            this.content.hearings(new HearingFilter(start.plusDays(day), start.plusDays(day + 366), null, null, null));
        }
        cache.cleanUp();

        assertThat(eviction.weightedSize().orElseThrow()).isPositive().isLessThanOrEqualTo(eviction.getMaximum());
    }

    @Test
    void anEntryWeighsAtLeastTheTextOfItsHearings() {
        var hearings = new ArrayList<Hearing>();
        for (int i = 0; i < 1000; i++) {
            hearings.add(new Hearing(i, ZonedDateTime.now(CourtTime.ZONE), "0001234-56.2026.8.08.0012",
                    "Procedimento Comum Cível", Hearing.Type.CONCILIACAO, Hearing.Mode.PRESENCIAL, "Sala 1",
                    Hearing.Status.DESIGNADA, false, null));
        }
        var key = new HearingFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null, null, null);

        int weight = CacheWeights.hearings(key, List.copyOf(hearings));

        int text = 2 * ("0001234-56.2026.8.08.0012".length() + "Procedimento Comum Cível".length() + "Sala 1".length());
        assertThat(weight).isGreaterThan(1000 * (CacheWeights.HEARING + text));
        assertThat(CacheWeights.hearings(key, List.of())).isPositive();
    }

    @Test
    void theOtherContentCachesHoldOneEntryEachOrFixedSlugs() {
        this.content.unit();
        this.content.publishedNotices();
        this.content.serviceGuides();
        this.content.faq();
        for (String name : List.of(ContentCaches.UNIT, ContentCaches.NOTICES, ContentCaches.SERVICES,
                ContentCaches.FAQ)) {
            assertThat(nativeCache(name).estimatedSize()).as(name).isLessThanOrEqualTo(1);
        }
    }

    private Cache<Object, Object> nativeCache(String name) {
        return ((CaffeineCache) this.cacheManager.getCache(name)).getNativeCache();
    }

}
