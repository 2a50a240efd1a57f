package br.jus.tjes.cariacica.site.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import br.jus.tjes.cariacica.support.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache on its own: the minute expiry, the byte bound, and clears during a
 * render.
 */
class PageCacheBoundsTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:41:20Z"));

    @Test
    void aPageExpiresAtTheNextMinuteBoundaryAndNotBefore() {
        var cache = new PageCache(1_000_000, this.clock, new SimpleMeterRegistry());
        var key = key("/");
        cache.put(key, page(1000, PageCacheFilter.nextMinute(this.clock.instant())), cache.generation());

        this.clock.advance(Duration.ofSeconds(39));
        assertThat(cache.get(key)).as("15:41:59").isNotNull();

        this.clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get(key)).as("15:42:00, when 'aberto agora' may change").isNull();
    }

    @Test
    void thePagesNeverHoldMoreBytesThanTheBound() {
        var cache = new PageCache(100_000, this.clock, new SimpleMeterRegistry());
        Instant expires = PageCacheFilter.nextMinute(this.clock.instant());

        for (int i = 0; i < 200; i++) {
            cache.put(key("/avisos/" + i), page(10_000, expires), cache.generation());
        }

        assertThat(cache.bytes()).isPositive().isLessThanOrEqualTo(100_000);
    }

    @Test
    void aPageRenderedWhileTheContentCachesWereClearedIsNotStored() {
        var cache = new PageCache(1_000_000, this.clock, new SimpleMeterRegistry());
        long renderedIn = cache.generation();

        cache.contentCachesCleared(new ContentCachesCleared("edit"));
        cache.put(key("/"), page(1000, PageCacheFilter.nextMinute(this.clock.instant())), renderedIn);

        assertThat(cache.get(key("/"))).isNull();
    }

    @Test
    void aClearDropsEveryStoredPage() {
        var cache = new PageCache(1_000_000, this.clock, new SimpleMeterRegistry());
        cache.put(key("/"), page(1000, PageCacheFilter.nextMinute(this.clock.instant())), cache.generation());

        cache.contentCachesCleared(new ContentCachesCleared("edit"));

        assertThat(cache.get(key("/"))).isNull();
        assertThat(cache.bytes()).isZero();
    }

    @Test
    void gzipIsChosenOnlyWhenTheClientAcceptsIt() {
        assertThat(PageCacheFilter.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("br;q=1.0, gzip;q=0.8")).isTrue();
        assertThat(PageCacheFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip("identity")).isFalse();
        assertThat(PageCacheFilter.acceptsGzip(null)).isFalse();
    }

    @Test
    void entityTagsCompareWeakly() {
        assertThat(PageCacheFilter.matches("W/\"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PageCacheFilter.matches("\"x\", \"abc\"", "W/\"abc\"")).isTrue();
        assertThat(PageCacheFilter.matches("*", "W/\"abc\"")).isTrue();
        assertThat(PageCacheFilter.matches("W/\"abd\"", "W/\"abc\"")).isFalse();
        assertThat(PageCacheFilter.matches(null, "W/\"abc\"")).isFalse();
    }

    private static PageKey key(String path) {
        return new PageKey(path, true, false, false);
    }

    private static CachedPage page(int size, Instant expires) {
        return new CachedPage("text/html;charset=UTF-8", new byte[size], true, "W/\"x\"",
                List.of(new CachedPage.Header("X-Frame-Options", "DENY")), expires, "/");
    }

}
