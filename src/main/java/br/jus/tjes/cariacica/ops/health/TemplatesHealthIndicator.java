package br.jus.tjes.cariacica.ops.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Every template under the templates folder resolves and is parsed by Thymeleaf, and
 * every template another one includes by name ({@code ~{fragments/layout :: ...}})
 * exists. Checked once at startup: templates are classpath resources that do not change
 * while the application runs.
 */
class TemplatesHealthIndicator implements HealthIndicator {

    private static final Pattern FRAGMENT_REFERENCE = Pattern
        .compile("~\\{\\s*([A-Za-z0-9_][A-Za-z0-9_/.-]*)\\s*(?:::|})");

    private final Health health;

    /**
     * Checks the templates under the given folder.
     * @param root the templates folder on the classpath, like Spring's
     * {@code spring.thymeleaf.prefix} ({@code classpath:/templates/})
     */
    TemplatesHealthIndicator(ResourcePatternResolver resources, String root) {
        this.health = check(resources, root.endsWith("/") ? root : root + "/");
    }

    @Override
    public Health health() {
        return this.health;
    }

    private static Health check(ResourcePatternResolver resources, String root) {
        String classpathFolder = root.replaceFirst("^classpath\\*?:/?", "");
        SpringTemplateEngine parser = parser(classpathFolder);
        Map<String, String> broken = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Resource resource : templates(resources, classpathFolder)) {
            String name = nameOf(resource, classpathFolder);
            if (name == null) {
                continue;
            }
            names.add(name);
            try {
                // Resolved by a Thymeleaf resolver and parsed by Thymeleaf's own parser,
                // as rendering would.
                var configuration = parser.getConfiguration();
                var resolution = parser.getTemplateResolvers()
                    .iterator()
                    .next()
                    .resolveTemplate(configuration, null, name, null);
                if (resolution == null || !resolution.getTemplateResource().exists()) {
                    missing.add(name);
                    continue;
                }
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                var data = new TemplateData(name, null, resolution.getTemplateResource(), TemplateMode.HTML,
                        resolution.getValidity());
                configuration.getTemplateManager().parseString(data, text, 0, 0, TemplateMode.HTML, false);
                var references = FRAGMENT_REFERENCE.matcher(text);
                while (references.find()) {
                    String referenced = references.group(1);
                    if (!"this".equals(referenced)
                            && !resources.getResource("classpath:" + classpathFolder + referenced + ".html").exists()) {
                        missing.add(referenced + " (em " + name + ")");
                    }
                }
            }
            catch (RuntimeException | IOException ex) {
                broken.put(name, ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("root", root);
        details.put("checked", names.size());
        if (names.isEmpty()) {
            missing.add(root);
        }
        if (!missing.isEmpty()) {
            details.put("missing", missing);
        }
        if (!broken.isEmpty()) {
            details.put("broken", broken);
        }
        return ((missing.isEmpty() && broken.isEmpty()) ? Health.up() : Health.down()).withDetails(details).build();
    }

    private static Resource[] templates(ResourcePatternResolver resources, String classpathFolder) {
        try {
            return resources.getResources("classpath*:" + classpathFolder + "**/*.html");
        }
        catch (IOException ex) {
            return new Resource[0];
        }
    }

    /**
     * The template's name as a controller returns it: its path under the folder, without
     * {@code .html}.
     */
    private static String nameOf(Resource resource, String classpathFolder) {
        try {
            String url = resource.getURL().toString();
            int start = url.lastIndexOf("/" + classpathFolder);
            if (start < 0) {
                return null;
            }
            return url.substring(start + classpathFolder.length() + 1, url.length() - ".html".length());
        }
        catch (IOException ex) {
            return null;
        }
    }

    private static SpringTemplateEngine parser(String classpathFolder) {
        var resolver = new ClassLoaderTemplateResolver(TemplatesHealthIndicator.class.getClassLoader());
        resolver.setPrefix(classpathFolder);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

}
