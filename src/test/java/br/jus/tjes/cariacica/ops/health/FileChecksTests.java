package br.jus.tjes.cariacica.ops.health;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class FileChecksTests {

    private static final List<String> STATIC = List.of("classpath:/static/");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void everyTemplateOfTheSiteParsesAndEveryIncludedTemplateExists() {
        var health = new TemplatesHealthIndicator(this.resources, "classpath:/templates/").health();

        assertThat(health.getStatus()).as(health.getDetails().toString()).isEqualTo(Status.UP);
        assertThat((Integer) health.getDetails().get("checked")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void templatesCheckNamesAnIncludedTemplateThatDoesNotExist() {
        var health = new TemplatesHealthIndicator(this.resources, "classpath:/ops-health/templates/").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("missing").toString()).contains("fragments/ausente (em pagina)");
        assertThat(health.getDetails().get("missing").toString()).doesNotContain("this");
    }

    @Test
    void templatesCheckNamesATemplateThatDoesNotParse() {
        var health = new TemplatesHealthIndicator(this.resources, "classpath:/ops-health/broken/").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((java.util.Map<String, Object>) health.getDetails().get("broken")).containsKey("quebrado");
    }

    @Test
    void templatesCheckIsDownWhenTheFolderHasNoTemplates() {
        var health = new TemplatesHealthIndicator(this.resources, "classpath:/ops-health/nenhum/").health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void everyAssetTheLayoutLinksToIsOnTheClasspath() {
        var health = new StaticFilesHealthIndicator(this.resources, "classpath:/templates/fragments/layout.html",
                STATIC)
            .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((List<Object>) health.getDetails().get("checked")).contains("/css/site.css", "/js/site.js",
                "/img/favicon.svg", "/img/brasao.svg");
    }

    @Test
    void staticFilesCheckNamesTheMissingAsset() {
        var health = new StaticFilesHealthIndicator(this.resources,
                "classpath:/ops-health/layout-with-missing-asset.html", STATIC)
            .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((List<Object>) health.getDetails().get("missing")).containsExactly("/js/nao-existe.js");
    }

    @Test
    void staticFilesCheckIsDownWhenTheLayoutItselfIsMissing() {
        var health = new StaticFilesHealthIndicator(this.resources, "classpath:/ops-health/sem-layout.html", STATIC)
            .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("missing").toString()).contains("sem-layout.html");
    }

    @Test
    void assetLinksAreReadFromTheTemplateText() {
        assertThat(StaticFilesHealthIndicator.assetsLinkedBy(
                "<link th:href=\"@{/css/a.css}\"><img th:src=\"@{ /img/b.svg }\"><a th:href=\"@{/pauta(d=${x})}\">"
                        + "<script th:src=\"@{/js/c.js(v=1)}\">"))
            .containsExactly("/css/a.css", "/img/b.svg", "/js/c.js");
    }

}
