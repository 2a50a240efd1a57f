package br.jus.tjes.cariacica.ops.health;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentHealthIndicatorTests {

    private static final String SECRET = "sk-test-segredo-que-nunca-aparece";

    private static MockEnvironment complete() {
        return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/court")
            .withProperty("court.site.public-base-url", "https://vara.example.jus.br");
    }

    @Test
    void completeSettingsAreUpInKnowledgeBaseModeWithoutAKey() {
        var health = new EnvironmentHealthIndicator(complete()).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("assistantMode", "knowledge-base-only")
            .doesNotContainKeys("missing", "invalid");
    }

    @Test
    void aKeyTurnsTheAssistantModeToOpenAiWithoutEverShowingTheKey() {
        var fromProperty = new EnvironmentHealthIndicator(
                complete().withProperty("court.assistant.openai.api-key", SECRET))
            .health();
        var fromVariable = new EnvironmentHealthIndicator(complete().withProperty("OPENAI_API_KEY", SECRET)).health();

        assertThat(fromProperty.getDetails()).containsEntry("assistantMode", "openai");
        assertThat(fromVariable.getDetails()).containsEntry("assistantMode", "openai");
        assertThat(fromProperty.toString() + fromVariable).doesNotContain(SECRET);
    }

    @Test
    void missingSettingIsDownAndNamed() {
        var environment = new MockEnvironment().withProperty("court.site.public-base-url",
                "https://vara.example.jus.br");

        var health = new EnvironmentHealthIndicator(environment).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missing", List.of("spring.datasource.url"));
    }

    @Test
    void invalidSettingIsDownAndNamedButItsValueIsNotShown() {
        var environment = complete().withProperty("court.site.public-base-url", "vara-sem-esquema-" + SECRET)
            .withProperty("spring.datasource.url", "postgres://" + SECRET);

        var health = new EnvironmentHealthIndicator(environment).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("invalid",
                List.of("spring.datasource.url", "court.site.public-base-url"));
        assertThat(health.toString()).doesNotContain(SECRET);
    }

    @Test
    void blankPublicBaseUrlCountsAsMissing() {
        var health = new EnvironmentHealthIndicator(complete().withProperty("court.site.public-base-url", " "))
            .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missing", List.of("court.site.public-base-url"));
    }

}
