package br.jus.tjes.cariacica.site.cache;

import java.util.List;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.CacheManager;

/**
 * The background task {@value #TYPE}: clears every cache of the application's cache
 * managers and the stored pages, so the next visitor gets pages rendered from the
 * database. Nothing enqueues it on an edit any more (an edit clears the caches itself,
 * once); it stays for operators, for chains that end with it, and for rows an older
 * version queued.
 */
class EvictPageCaches implements TaskHandler {

    static final String TYPE = "paginas-limpar-cache";

    private static final Logger log = LoggerFactory.getLogger(EvictPageCaches.class);

    private final Supplier<List<CacheManager>> cacheManagers;

    private final PageCache pages;

    EvictPageCaches(Supplier<List<CacheManager>> cacheManagers, PageCache pages) {
        this.cacheManagers = cacheManagers;
        this.pages = pages;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(TaskContext context) {
        int cleared = 0;
        for (CacheManager manager : this.cacheManagers.get()) {
            for (String name : manager.getCacheNames()) {
                var cache = manager.getCache(name);
                if (cache != null) {
                    cache.clear();
                    cleared++;
                }
            }
        }
        this.pages.clear();
        log.info("Cleared {} cache(s) and the stored pages", cleared);
    }

}
