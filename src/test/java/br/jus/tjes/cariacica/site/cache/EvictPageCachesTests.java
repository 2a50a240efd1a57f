package br.jus.tjes.cariacica.site.cache;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import br.jus.tjes.cariacica.support.MutableClock;
import br.jus.tjes.cariacica.tasks.TaskContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.cache.concurrent.ConcurrentMapCacheManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's page-cache eviction task, on its own. */
class EvictPageCachesTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T15:41:20Z"));

    @Test
    void theEvictionTaskDropsEveryCacheEntryAndEveryStoredPage() {
        var caches = new ConcurrentMapCacheManager("content-unit", "content-faq");
        caches.getCache("content-unit").put("unit", "antiga");
        caches.getCache("content-faq").put("faq", "antiga");
        var pages = new PageCache(1_000_000, this.clock, new SimpleMeterRegistry());
        var key = new PageKey("/pauta", true, false, false);
        pages.put(key, new CachedPage("text/html;charset=UTF-8", new byte[100], true, "W/\"x\"", List.of(),
                PageCacheFilter.nextMinute(this.clock.instant()), "/pauta"), pages.generation());
        var task = new EvictPageCaches(() -> List.of(caches), pages);

        task.run(new NoContext());

        assertThat(task.type()).isEqualTo("paginas-limpar-cache");
        assertThat(caches.getCache("content-unit").get("unit")).isNull();
        assertThat(caches.getCache("content-faq").get("faq")).isNull();
        assertThat(pages.get(key)).isNull();
        assertThat(pages.bytes()).isZero();
    }

    private static final class NoContext implements TaskContext {

        private final UUID id = UUID.randomUUID();

        @Override
        public UUID id() {
            return this.id;
        }

        @Override
        public String payload() {
            return "";
        }

        @Override
        public int attempt() {
            return 1;
        }

        @Override
        public void progress(int done, int total) {
        }

        @Override
        public boolean isShuttingDown() {
            return false;
        }

    }

}
