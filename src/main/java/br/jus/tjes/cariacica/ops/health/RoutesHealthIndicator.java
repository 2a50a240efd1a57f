package br.jus.tjes.cariacica.ops.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.server.PathContainer;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The key public routes are mapped to a controller. The mappings do not change once the
 * application has started, so the answer is worked out on the first call and kept.
 */
class RoutesHealthIndicator implements HealthIndicator {

    private final Supplier<List<RequestMappingInfoHandlerMapping>> mappings;

    private final List<String> routes;

    private final Supplier<Health> health = SingletonSupplier.of(this::check);

    RoutesHealthIndicator(Supplier<List<RequestMappingInfoHandlerMapping>> mappings, List<String> routes) {
        this.mappings = mappings;
        this.routes = List.copyOf(routes);
    }

    @Override
    public Health health() {
        return this.health.get();
    }

    private Health check() {
        List<String> patterns = this.mappings.get()
            .stream()
            .flatMap((mapping) -> mapping.getHandlerMethods().keySet().stream())
            .map(RequestMappingInfo::getPatternValues)
            .flatMap(java.util.Set::stream)
            .distinct()
            .toList();
        List<String> missing = this.routes.stream().filter((route) -> !isMapped(route, patterns)).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("checked", this.routes);
        if (!missing.isEmpty()) {
            details.put("missing", missing);
        }
        return (missing.isEmpty() ? Health.up() : Health.down()).withDetails(details).build();
    }

    private static boolean isMapped(String route, List<String> patterns) {
        PathContainer path = PathContainer.parsePath(route);
        return patterns.stream().anyMatch((pattern) -> PathPatternParser.defaultInstance.parse(pattern).matches(path));
    }

}
