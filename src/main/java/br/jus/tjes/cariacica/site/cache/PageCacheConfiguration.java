package br.jus.tjes.cariacica.site.cache;

import java.time.Clock;

import br.jus.tjes.cariacica.tasks.TaskHandler;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page cache: after the request-id filter (the first of all) and the suspicious
 * request filter (-104), before every security filter chain (-100).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration implements WebMvcConfigurer {

    static final int FILTER_ORDER = -103;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicPageHeaders());
    }

    @Bean
    PageCache pageCache(PageCacheProperties properties, Clock clock, MeterRegistry meters) {
        return new PageCache(properties.enabled() ? properties.maxSize().toBytes() : 0, clock, meters);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, Clock clock) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, clock));
        registration.setOrder(FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    TaskHandler evictPageCaches(ObjectProvider<CacheManager> cacheManagers, PageCache cache) {
        return new EvictPageCaches(() -> cacheManagers.orderedStream().toList(), cache);
    }

}
