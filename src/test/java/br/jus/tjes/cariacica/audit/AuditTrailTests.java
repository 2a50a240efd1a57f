package br.jus.tjes.cariacica.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import br.jus.tjes.cariacica.tasks.CleanupJob;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog audit;

    @Autowired
    List<CleanupJob> cleanupJobs;

    @Test
    void aContentChangeRecordedByAnotherModuleKeepsWhoWhatBeforeAndAfter() {
        String target = "aviso:" + System.nanoTime();

        this.audit.record(AuditEvent.change(AuditAction.CONTENT_UPDATED, target, "# Antes", "# Depois")
            .withActor("editora-teste")
            .withClientAddress("10.1.2.3"));

        var row = JdbcClient.create(this.dataSource).sql("""
                select action, actor, client_address, before_value, after_value, occurred_at is not null as dated
                from audit_event where target = ?
                """).param(target).query().singleRow();
        assertThat(row).containsEntry("action", "CONTENT_UPDATED")
            .containsEntry("actor", "editora-teste")
            .containsEntry("client_address", "10.1.2.3")
            .containsEntry("before_value", "# Antes")
            .containsEntry("after_value", "# Depois")
            .containsEntry("dated", true);
    }

    /**
     * The site's own connections: the application role has no such privilege (the owner's
     * attempts meet the trigger: {@link AuditTrailRolesTests}).
     */
    @Test
    void rowsCannotBeUpdatedDeletedOrTruncatedBySql() {
        String target = "teste:imutavel:" + System.nanoTime();
        this.audit.record(AuditEvent.of(AuditAction.IMPORT).withTarget(target).withActor("alguem"));
        var jdbc = JdbcClient.create(this.dataSource);

        assertThatThrownBy(
                () -> jdbc.sql("update audit_event set actor = 'outro' where target = ?").param(target).update())
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where target = ?").param(target).update())
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("permission denied");
        assertThat(
                jdbc.sql("select actor from audit_event where target = ?").param(target).query(String.class).single())
            .isEqualTo("alguem");
    }

    @Test
    void theRetentionDeleteRemovesOnlyEventsOlderThanTheCutoff() {
        var jdbc = JdbcClient.create(this.dataSource);
        String target = "teste:antigo:" + System.nanoTime();
        jdbc.sql("insert into audit_event (occurred_at, action, target) values ('2001-01-01T00:00:00Z', 'IMPORT', ?)")
            .param(target)
            .update();
        this.audit.record(AuditEvent.of(AuditAction.IMPORT).withTarget(target));

        int deleted = this.audit.deleteOlderThan(Instant.parse("2002-01-01T00:00:00Z"));

        assertThat(deleted).isPositive();
        assertThat(
                jdbc.sql("select count(*) from audit_event where target = ?").param(target).query(Long.class).single())
            .isEqualTo(1);
    }

    @Test
    void theDailyCleanupDeletesEventsPastTheirRetention() throws Exception {
        var jdbc = JdbcClient.create(this.dataSource);
        String target = "teste:retencao:" + System.nanoTime();
        jdbc.sql(
                "insert into audit_event (occurred_at, action, target) values (now() - interval '6 years', 'IMPORT', ?)")
            .param(target)
            .update();
        this.audit.record(AuditEvent.of(AuditAction.IMPORT).withTarget(target));
        var job = this.cleanupJobs.stream()
            .filter((j) -> j.name().equals("auditoria-antiga"))
            .findFirst()
            .orElseThrow();

        assertThat(job.cadence()).isEqualTo(CleanupJob.Cadence.DAILY);
        assertThat(job.cleanUp(Instant.now())).isPositive();
        assertThat(
                jdbc.sql("select count(*) from audit_event where target = ?").param(target).query(Long.class).single())
            .isEqualTo(1);
        assertThat(this.cleanupJobs).extracting(CleanupJob::name).contains("buckets-de-login");
    }

    @Test
    void administratorsFilterTheTrailByUserAndActionAndSeeBeforeAndAfter() {
        String actor = "filtro-" + System.nanoTime();
        this.audit.record(AuditEvent.change(AuditAction.CONTENT_UPDATED, "faq:7", "<script>antes</script>", "depois")
            .withActor(actor));
        this.audit.record(AuditEvent.of(AuditAction.IMPORT).withActor(actor).withTarget("pauta:csv"));
        var admin = new StaffBrowser(this.port);
        admin.login(StaffTestAccounts.create(this.dataSource, "ADMIN"), StaffTestAccounts.PASSWORD);

        var page = admin
            .get("/admin/auditoria?usuario=" + actor + "&acao=CONTENT_UPDATED&de=" + LocalDate.now().minusDays(1));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
            .contains("<h1>Trilha de auditoria</h1>", "Conteúdo alterado", "faq:7", "&lt;script&gt;antes")
            .doesNotContain("pauta:csv", "<script>antes");
    }

    @Test
    void anUnreadableFilterShowsAMessageInsteadOfAnError() {
        var admin = new StaffBrowser(this.port);
        admin.login(StaffTestAccounts.create(this.dataSource, "ADMIN"), StaffTestAccounts.PASSWORD);

        var page = admin.get("/admin/auditoria?de=31-02-2026&acao=NADA");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Data inválida", "Ação desconhecida");
    }

    @Test
    void theTrailHasNoFormThatChangesIt() {
        var admin = new StaffBrowser(this.port);
        admin.login(StaffTestAccounts.create(this.dataSource, "ADMIN"), StaffTestAccounts.PASSWORD);

        var post = admin.post("/admin/auditoria", "/admin/contas/nova", Map.of("id", "1"));

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(admin.get("/admin/auditoria").body()).doesNotContain("method=\"post\" action=\"/admin/auditoria");
    }

}
