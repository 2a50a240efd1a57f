package br.jus.tjes.cariacica.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's static files, served from {@code classpath:/static/} under {@code /css},
 * {@code /js} and {@code /img} only, with content-hashed URLs cached for a year.
 * <p>
 * Spring Boot's own mapping is {@code /**}
 * ({@code spring.web.resources.add-mappings=false} turns it off): with it, every link a
 * template writes ({@code @{/pauta}}, {@code @{/avisos}}…) went through the resource
 * chain to find a versioned file, missed on every classpath location, and, a miss not
 * being cached, did so again on each page. That was 80 % of a page's CPU in the
 * benchmark; with these three prefixes only real assets are looked up.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

    private static final CacheControl ONE_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] { "css", "js", "img" }) {
            registry.addResourceHandler("/" + folder + "/**")
                .addResourceLocations("classpath:/static/" + folder + "/")
                .setCacheControl(ONE_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }

}
