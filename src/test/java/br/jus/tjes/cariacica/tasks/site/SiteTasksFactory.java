package br.jus.tjes.cariacica.tasks.site;

import java.util.List;

import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.SiteTasks;
import br.jus.tjes.cariacica.tasks.TaskHandler;

import org.springframework.cache.CacheManager;

/** The site's task pieces, for engine tests outside a Spring context. */
public final class SiteTasksFactory {

    private SiteTasksFactory() {
    }

    public static SiteTasks siteTasks(BackgroundTasks tasks) {
        return new DefaultSiteTasks(tasks);
    }

    public static TaskHandler evictPageCaches(CacheManager cacheManager) {
        return new EvictPageCaches(() -> List.of(cacheManager));
    }

}
