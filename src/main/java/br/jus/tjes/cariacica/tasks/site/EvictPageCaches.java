package br.jus.tjes.cariacica.tasks.site;

import java.util.List;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.tasks.SiteTasks;
import br.jus.tjes.cariacica.tasks.TaskContext;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.CacheManager;

/**
 * Clears every cache of the application's cache managers (none yet: then there is nothing
 * to do).
 */
class EvictPageCaches implements TaskHandler {

    private static final Logger log = LoggerFactory.getLogger(EvictPageCaches.class);

    private final Supplier<List<CacheManager>> cacheManagers;

    EvictPageCaches(Supplier<List<CacheManager>> cacheManagers) {
        this.cacheManagers = cacheManagers;
    }

    @Override
    public String type() {
        return SiteTasks.EVICT_PAGE_CACHES;
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
        log.info("Cleared {} cache(s) after a content change", cleared);
    }

}
