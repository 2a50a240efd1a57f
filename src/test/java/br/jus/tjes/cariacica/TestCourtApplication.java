package br.jus.tjes.cariacica;

import org.springframework.boot.SpringApplication;

/**
 * `./mvnw spring-boot:test-run`: the site on http://localhost:8080 with an embedded, real
 * PostgreSQL (started by
 * {@link br.jus.tjes.cariacica.support.EmbeddedPostgresEnvironmentPostProcessor}) whose
 * data is kept under {@code target/embedded-postgres} between runs, and the sample
 * content of the migrations.
 */
public final class TestCourtApplication {

    private TestCourtApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.from(CourtApplication::main).withAdditionalProfiles("local").run(args);
    }

}
