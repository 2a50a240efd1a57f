package br.jus.tjes.cariacica.ops.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Every stylesheet, script and image the layout links to ({@code @{/css/...}},
 * {@code @{/js/...}}, {@code @{/img/...}}) is on the classpath. The list is read from the
 * layout itself, once at startup: the classpath does not change while the application
 * runs.
 */
class StaticFilesHealthIndicator implements HealthIndicator {

    private static final Pattern ASSET = Pattern.compile("@\\{\\s*(/(?:css|js|img)/[^}\\s(${]+)");

    private final Health health;

    StaticFilesHealthIndicator(ResourceLoader resources, String layoutLocation, List<String> staticLocations) {
        this.health = check(resources, layoutLocation, staticLocations);
    }

    @Override
    public Health health() {
        return this.health;
    }

    static Set<String> assetsLinkedBy(String template) {
        Set<String> assets = new LinkedHashSet<>();
        var matcher = ASSET.matcher(template);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        return assets;
    }

    private static Health check(ResourceLoader resources, String layoutLocation, List<String> staticLocations) {
        Resource layout = resources.getResource(layoutLocation);
        if (!layout.exists()) {
            return Health.down()
                .withDetail("layout", layoutLocation)
                .withDetail("missing", List.of(layoutLocation))
                .build();
        }
        Set<String> assets;
        try {
            assets = assetsLinkedBy(layout.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            return Health.down().withDetail("layout", layoutLocation).withDetail("unreadable", layoutLocation).build();
        }
        List<String> missing = new ArrayList<>();
        for (String asset : assets) {
            boolean found = staticLocations.stream()
                .anyMatch((location) -> resources.getResource(location + asset.substring(1)).exists());
            if (!found) {
                missing.add(asset);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("layout", layoutLocation);
        details.put("checked", List.copyOf(assets));
        if (!missing.isEmpty()) {
            details.put("missing", missing);
        }
        return (missing.isEmpty() ? Health.up() : Health.down()).withDetails(details).build();
    }

}
