package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.assistant.CitizenChats.Reply;
import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import br.jus.tjes.cariacica.tasks.CleanupJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The days conversations are kept: validated, stored in PostgreSQL, audited, and used by
 * the daily clean-up. The setting is one row every test shares, so each test puts back
 * what it found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetentionSettingTests {

    private static final String FORM = "/admin/assistente/retencao";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    RetentionSettings settings;

    @Autowired
    AssistantProperties properties;

    @Autowired
    List<CleanupJob> cleanupJobs;

    private JdbcClient jdbc;

    private Optional<Integer> found;

    private StaffBrowser editor;

    private String editorName;

    @BeforeEach
    void rememberTheSettingAndLogIn() {
        this.jdbc = JdbcClient.create(this.dataSource);
        this.found = this.settings.storedDays();
        this.editor = new StaffBrowser(this.port);
        this.editorName = StaffTestAccounts.create(this.dataSource, "EDITOR");
        assertThat(location(this.editor.login(this.editorName, StaffTestAccounts.PASSWORD))).endsWith("/admin");
    }

    @AfterEach
    void putTheSettingBack() {
        if (this.found.isPresent()) {
            this.jdbc.sql("update assistant_settings set retention_days = ?").param(this.found.get()).update();
        }
        else {
            this.jdbc.sql("delete from assistant_settings").update();
        }
    }

    @Test
    void withNothingStoredTheConfiguredDefaultApplies() {
        this.jdbc.sql("delete from assistant_settings").update();

        assertThat(this.settings.retention()).isEqualTo(this.properties.retention()).isEqualTo(Duration.ofDays(90));
        assertThat(this.editor.get(FORM).body()).contains("vale o padrão da configuração, 90 dias", "value=\"90\"");
    }

    @Test
    void invalidDaysAreRefusedWithAMessageTiedToTheFieldAndNothingIsStored() {
        this.jdbc.sql("delete from assistant_settings").update();

        for (var invalid : Map
            .of("0", "entre 1 e 3650", "3651", "entre 1 e 3650", "-5", "entre 1 e 3650", "abc",
                    "Informe um número inteiro", "", "Informe o número de dias")
            .entrySet()) {
            var response = this.editor.post(FORM, FORM, Map.of("dias", invalid.getKey()));
            assertThat(response.statusCode()).as(invalid.getKey()).isEqualTo(200);
            assertThat(response.body()).as(invalid.getKey())
                .contains(invalid.getValue(), "id=\"dias-erro\"", "aria-describedby=\"dias-dica dias-erro\"",
                        "aria-invalid=\"true\"");
        }
        assertThat(this.settings.storedDays()).isEmpty();
        assertThat(this.settings.retention()).isEqualTo(this.properties.retention());
    }

    @Test
    void anEditorCannotSetFewerThanThirtyDaysAndNothingIsStoredOrAudited() {
        this.jdbc.sql("delete from assistant_settings").update();
        long auditedBefore = settingsChanges();

        for (String days : new String[] { "1", "7", "29" }) {
            var response = this.editor.post(FORM, FORM, Map.of("dias", days));

            assertThat(response.statusCode()).as(days).isEqualTo(403);
            assertThat(response.body()).as(days)
                .contains("Prazos menores que 30 dias apagam conversas recentes: só um administrador pode defini-los.",
                        "id=\"dias-erro\"");
        }
        assertThat(this.settings.storedDays()).isEmpty();
        assertThat(settingsChanges()).isEqualTo(auditedBefore);

        var thirty = this.editor.post(FORM, FORM, Map.of("dias", "30"));
        assertThat(thirty.statusCode()).isEqualTo(302);
        assertThat(this.settings.storedDays()).contains(30);
    }

    @Test
    void anAdministratorSetsFewerThanThirtyDaysAndTheChangeIsAuditedWithBeforeAndAfter() {
        this.jdbc.sql("delete from assistant_settings").update();
        var admin = new StaffBrowser(this.port);
        String adminName = StaffTestAccounts.create(this.dataSource, "ADMIN");
        admin.login(adminName, StaffTestAccounts.PASSWORD);

        var response = admin.post(FORM, FORM, Map.of("dias", "3"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(this.settings.storedDays()).contains(3);
        var audit = this.jdbc.sql("""
                select actor, before_value, after_value from audit_event
                where action = 'SETTINGS_CHANGED' and target = ? order by id desc limit 1
                """).param(RetentionSettings.AUDIT_TARGET).query().singleRow();
        assertThat(audit).containsEntry("actor", adminName)
            .containsEntry("before_value", "dias=90")
            .containsEntry("after_value", "dias=3");
    }

    @Test
    void theServiceItselfRefusesFewerThanThirtyDaysToSomeoneWhoIsNotAnAdministrator() {
        assertThat(RetentionSettings.allowed(29, false)).isFalse();
        assertThat(RetentionSettings.allowed(30, false)).isTrue();
        assertThat(RetentionSettings.allowed(1, true)).isTrue();
        assertThat(RetentionSettings.allowed(0, true)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> this.settings.change(7, this.editorName, false));
    }

    @Test
    void savedDaysPersistAreAuditedWithTheAdministratorAndDriveTheDailyCleanup() throws Exception {
        var admin = new StaffBrowser(this.port);
        String adminName = StaffTestAccounts.create(this.dataSource, "ADMIN");
        admin.login(adminName, StaffTestAccounts.PASSWORD);
        var citizen = new CitizenChats(this.port);
        Reply old = citizen.ask("A vara está aberta hoje? " + CitizenChats.nonsenseWord());
        Reply recent = citizen.ask("A vara está aberta hoje? " + CitizenChats.nonsenseWord());
        backdate(old, Duration.ofDays(8));
        backdate(recent, Duration.ofDays(6));

        var response = admin.post(FORM, FORM, Map.of("dias", "7"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith(FORM);
        assertThat(admin.get(FORM).body()).contains("O prazo de guarda das conversas foi salvo.", "value=\"7\"",
                "O valor abaixo foi definido pela equipe.");
        assertThat(this.settings.storedDays()).contains(7);
        assertThat(this.settings.retention()).isEqualTo(Duration.ofDays(7));
        var audit = this.jdbc.sql("""
                select actor, after_value from audit_event where action = 'SETTINGS_CHANGED' and target = ?
                order by id desc limit 1
                """).param(RetentionSettings.AUDIT_TARGET).query().singleRow();
        assertThat(audit).containsEntry("actor", adminName).containsEntry("after_value", "dias=7");

        var job = this.cleanupJobs.stream()
            .filter((j) -> j.name().equals("conversas-antigas"))
            .findFirst()
            .orElseThrow();
        assertThat(job.cleanUp(Instant.now())).isPositive();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private long settingsChanges() {
        return this.jdbc.sql("select count(*) from audit_event where action = 'SETTINGS_CHANGED' and target = ?")
            .param(RetentionSettings.AUDIT_TARGET)
            .query(Long.class)
            .single();
    }

    private void backdate(Reply reply, Duration age) {
        this.jdbc.sql("update assistant_conversation set updated_at = now() - ?::interval where id = ?")
            .params(age.toDays() + " days", reply.conversationId())
            .update();
    }

    private boolean exists(Reply reply) {
        return this.jdbc.sql("select count(*) from assistant_conversation where id = ?")
            .param(reply.conversationId())
            .query(Long.class)
            .single() > 0;
    }

}
