package br.jus.tjes.cariacica.content.internal;

import java.util.List;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * The content caches (Caffeine, sized and timed by {@code spring.cache.caffeine.spec});
 * all of them are cleared once an edit commits, so the next reader sees it (see
 * {@link ContentRefresh}).
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

    static void clearAll(CacheManager cacheManager) {
        for (String name : ALL) {
            var cache = cacheManager.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }

}
