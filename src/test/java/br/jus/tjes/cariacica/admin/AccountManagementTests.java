package br.jus.tjes.cariacica.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator manages accounts through forms: Post/Redirect/Get, flash messages,
 * audit rows with the actor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountManagementTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private StaffBrowser admin;

    private String adminName;

    private JdbcClient jdbc;

    @BeforeEach
    void logInAsAdministrator() {
        this.jdbc = JdbcClient.create(this.dataSource);
        this.adminName = StaffTestAccounts.create(this.dataSource, "ADMIN");
        this.admin = new StaffBrowser(this.port);
        this.admin.login(this.adminName, StaffTestAccounts.PASSWORD);
    }

    @Test
    void creatingAnAccountRedirectsToItWithAFlashMessageAndTheNewPersonCanLogIn() {
        String username = "maria-" + System.nanoTime();

        var response = this.admin.post("/admin/contas/nova", "/admin/contas/nova", newAccount(username, "EDITOR"));

        assertThat(response.statusCode()).isEqualTo(302);
        long id = StaffTestAccounts.idOf(this.dataSource, username);
        assertThat(location(response)).endsWith("/admin/contas/" + id);
        var page = this.admin.get("/admin/contas/" + id);
        assertThat(page.body()).contains("Conta criada.", "<h1>Conta " + username + "</h1>");
        assertThat(this.admin.get("/admin/contas/" + id).body()).doesNotContain("Conta criada.");
        assertThat(this.jdbc.sql("select password_hash from staff_account where id = ?")
            .param(id)
            .query(String.class)
            .single()).startsWith("{bcrypt}");
        assertThat(location(new StaffBrowser(this.port).login(username, "uma-senha-bem-longa"))).endsWith("/admin");
        assertThat(auditRow("ACCOUNT_CREATED", username)).containsEntry("actor", this.adminName)
            .hasEntrySatisfying("after_value", (after) -> assertThat((String) after).contains("EDITOR"));
    }

    @Test
    void invalidFieldsAreShownNextToTheirInputsAndNothingIsCreated() {
        String username = "Invalido Com Espaco";
        var form = newAccount(username, "EDITOR");
        form.put("senha", "curta");
        form.put("senhaConfirmacao", "outra");

        var response = this.admin.post("/admin/contas/nova", "/admin/contas/nova", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
            .contains("Use de 3 a 40 caracteres", "A senha precisa ter de 12 a 72 caracteres",
                    "As duas senhas não são iguais")
            .contains("aria-describedby=\"usuario-erro\"", "id=\"usuario-erro\"")
            .doesNotContain("value=\"curta\"");
        assertThat(this.jdbc.sql("select count(*) from staff_account where username = ?")
            .param("invalido com espaco")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aTakenUsernameIsRefusedWithAMessage() {
        String existing = StaffTestAccounts.create(this.dataSource, "OPS");

        var response = this.admin.post("/admin/contas/nova", "/admin/contas/nova", newAccount(existing, "EDITOR"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Já existe uma conta com este usuário.");
    }

    @Test
    void changingRolesIsAuditedWithBeforeAndAfterAndEndsThatPersonsSessions() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        var person = new StaffBrowser(this.port);
        person.login(username, StaffTestAccounts.PASSWORD);
        long id = StaffTestAccounts.idOf(this.dataSource, username);
        var roles = new LinkedHashMap<String, String>();
        roles.put("papeis", "OPS");
        roles.put("id", "1");

        var response = this.admin.post("/admin/contas/" + id + "/papeis", "/admin/contas/" + id, roles);

        assertThat(location(response)).endsWith("/admin/contas/" + id);
        assertThat(this.admin.get("/admin/contas/" + id).body()).contains("Papéis atualizados.");
        assertThat(this.jdbc.sql("select role from staff_account_role where account_id = ?")
            .param(id)
            .query(String.class)
            .list()).containsExactly("OPS");
        assertThat(auditRow("ACCOUNT_ROLES_CHANGED", username)).containsEntry("actor", this.adminName)
            .hasEntrySatisfying("before_value", (before) -> assertThat((String) before).contains("EDITOR"))
            .hasEntrySatisfying("after_value", (after) -> assertThat((String) after).contains("OPS"));
        assertThat(person.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountCannotLogInAndItsOpenSessionEnds() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        var person = new StaffBrowser(this.port);
        person.login(username, StaffTestAccounts.PASSWORD);
        long id = StaffTestAccounts.idOf(this.dataSource, username);

        this.admin.post("/admin/contas/" + id + "/desativar", "/admin/contas/" + id, Map.of());

        assertThat(person.get("/admin").statusCode()).isEqualTo(302);
        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD))).endsWith("?erro");
        assertThat(auditRow("ACCOUNT_DISABLED", username)).containsEntry("actor", this.adminName);

        this.admin.post("/admin/contas/" + id + "/ativar", "/admin/contas/" + id, Map.of());
        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin");
        assertThat(auditRow("ACCOUNT_ENABLED", username)).containsEntry("actor", this.adminName);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        long id = StaffTestAccounts.idOf(this.dataSource, this.adminName);

        this.admin.post("/admin/contas/" + id + "/desativar", "/admin/contas/" + id, Map.of());

        assertThat(this.admin.get("/admin/contas/" + id).body())
            .contains("Você não pode desativar a sua própria conta.");
        assertThat(
                this.jdbc.sql("select enabled from staff_account where id = ?").param(id).query(Boolean.class).single())
            .isTrue();
    }

    @Test
    void resettingAPasswordReplacesItIsAuditedWithoutTheHashAndEndsSessions() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        var person = new StaffBrowser(this.port);
        person.login(username, StaffTestAccounts.PASSWORD);
        long id = StaffTestAccounts.idOf(this.dataSource, username);

        this.admin.post("/admin/contas/" + id + "/senha", "/admin/contas/" + id,
                Map.of("senha", "nova-senha-bem-longa", "senhaConfirmacao", "nova-senha-bem-longa"));

        assertThat(person.get("/admin").statusCode()).isEqualTo(302);
        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD))).endsWith("?erro");
        assertThat(location(new StaffBrowser(this.port).login(username, "nova-senha-bem-longa"))).endsWith("/admin");
        var row = auditRow("ACCOUNT_PASSWORD_RESET", username);
        assertThat(row).containsEntry("actor", this.adminName);
        assertThat(row.get("before_value")).isNull();
        assertThat(row.get("after_value")).isNull();
    }

    @Test
    void anUnknownAccountIs404() {
        var response = this.admin.get("/admin/contas/999999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Página não encontrada");
    }

    @Test
    void loginAndLogoutAreAuditedWithTheUserAndTheClientAddress() {
        String address = StaffTestAccounts.uniqueAddress();
        String username = StaffTestAccounts.create(this.dataSource, "OPS");
        var person = new StaffBrowser(this.port, address);
        person.login(username, StaffTestAccounts.PASSWORD);
        person.logout();

        assertThat(this.jdbc.sql("select action from audit_event where actor = ? and client_address = ? order by id")
            .params(username, address)
            .query(String.class)
            .list()).containsExactly("LOGIN_SUCCESS", "LOGOUT");
    }

    private Map<String, Object> auditRow(String action, String username) {
        return this.jdbc.sql("""
                select actor, client_address, before_value, after_value from audit_event
                where action = ? and target = ? order by id desc limit 1
                """).params(action, "conta:" + username).query().singleRow();
    }

    private static Map<String, String> newAccount(String username, String role) {
        var form = new LinkedHashMap<String, String>();
        form.put("usuario", username);
        form.put("nome", "Pessoa Nova");
        form.put("papeis", role);
        form.put("senha", "uma-senha-bem-longa");
        form.put("senhaConfirmacao", "uma-senha-bem-longa");
        return form;
    }

}
