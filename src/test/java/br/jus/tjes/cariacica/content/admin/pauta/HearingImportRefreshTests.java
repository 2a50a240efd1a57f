package br.jus.tjes.cariacica.content.admin.pauta;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.content.ContentTasks;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What one confirmed CSV import costs the readers' side: one clear of the content caches
 * (and, through it, of the stored pages) and one rebuild of the search index, counted by
 * the metrics {@code court.content.cache.clears} and {@code court.search.reindexes}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "importador-da-pauta", roles = "EDITOR")
class HearingImportRefreshTests {

    private static final String HEADER = "data;hora;processo;classe;tipo;forma;sala;situacao;segredo\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DataSource dataSource;

    private JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        this.jdbc = JdbcClient.create(this.dataSource);
    }

    @Test
    void oneImportClearsTheContentCachesOnceAndRebuildsTheSearchIndexOnce() throws Exception {
        // Earlier tests' imports and refreshes finish first, so the counts below are
        // this import's.
        await().atMost(Duration.ofSeconds(60))
            .until(() -> this.jdbc
                .sql("select count(*) from task_run where type in (:types) and state not in "
                        + "('SUCCEEDED', 'FAILED', 'BLOCKED', 'CANCELLED')")
                .param("types", List.of(ContentTasks.IMPORT_HEARINGS, ContentTasks.REFRESH_SEARCH))
                .query(Long.class)
                .single() == 0);
        Instant start = Instant.now();
        double clearsBefore = clears();
        double reindexesBefore = reindexes();
        String csv = HEADER + "14/07/2031;09:00;" + HearingTestData.newCaseNumber()
                + ";Procedimento Comum Cível;Conciliação;Virtual;;;\n" + "14/07/2031;09:30;"
                + HearingTestData.newCaseNumber() + ";Procedimento Comum Cível;Mediação;Virtual;;;\n";

        String preview = this.mvc
            .perform(multipart("/admin/pauta/importar")
                .file(new MockMultipartFile("arquivo", "pauta.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
        this.mvc.perform(post(preview + "/confirmar").with(csrf())).andExpect(status().isFound());
        UUID id = UUID.fromString(preview.substring(preview.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(60))
            .until(() -> "APPLIED".equals(this.jdbc.sql("select state from hearing_import where id = ?")
                .param(id)
                .query(String.class)
                .single()) && unfinishedTasksSince(start) == 0);

        // Held for longer than a content revision check (5 s), so a late second clear
        // would show.
        await().during(Duration.ofSeconds(6))
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(List.of(clears() - clearsBefore, reindexes() - reindexesBefore))
                .as("[content cache clears, search index rebuilds]")
                .containsExactly(1.0, 1.0));
    }

    private long unfinishedTasksSince(Instant since) {
        return this.jdbc
            .sql("select count(*) from task_run where created_at >= ? and state not in "
                    + "('SUCCEEDED', 'FAILED', 'BLOCKED', 'CANCELLED')")
            .param(Timestamp.from(since))
            .query(Long.class)
            .single();
    }

    private double clears() {
        return this.meters.find("court.content.cache.clears").counters().stream().mapToDouble((c) -> c.count()).sum();
    }

    private double reindexes() {
        return this.meters.find("court.search.reindexes").counters().stream().mapToDouble((c) -> c.count()).sum();
    }

}
