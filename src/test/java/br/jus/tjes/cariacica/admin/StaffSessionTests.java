package br.jus.tjes.cariacica.admin;

import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffSessionTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSiteLax() {
        var browser = new StaffBrowser(this.port);
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        var response = browser.login(username, StaffTestAccounts.PASSWORD);

        String cookie = response.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter((value) -> value.startsWith(StaffBrowser.SESSION_COOKIE + "="))
            .findFirst()
            .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "Secure", "SameSite=Lax", "Path=/");
    }

    @Test
    void loginGivesANewSessionIdAndTheSessionLastsTwoHoursInPostgres() {
        var browser = new StaffBrowser(this.port);
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        browser.get("/admin/entrar");
        String before = browser.session();

        var response = browser.login(username, StaffTestAccounts.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin");
        assertThat(before).isNotNull();
        assertThat(browser.session()).isNotNull().isNotEqualTo(before);
        assertThat(JdbcClient.create(this.dataSource)
            .sql("select max_inactive_interval from spring_session where principal_name = ?")
            .param(username)
            .query(Integer.class)
            .single()).isEqualTo(2 * 60 * 60);
        assertThat(browser.get("/admin").body()).contains("Conectado como " + username);
    }

    @Test
    void logoutInvalidatesTheSessionSoItsCookieNoLongerOpensTheStaffArea() {
        var browser = new StaffBrowser(this.port);
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        browser.login(username, StaffTestAccounts.PASSWORD);
        String session = browser.session();

        var logout = browser.logout();

        assertThat(location(logout)).endsWith("/admin/entrar?saiu");
        assertThat(JdbcClient.create(this.dataSource)
            .sql("select count(*) from spring_session where principal_name = ?")
            .param(username)
            .query(Long.class)
            .single()).isZero();
        var replay = new StaffBrowser(this.port);
        replay.useSession(session);
        var afterwards = replay.get("/admin");
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(location(afterwards)).endsWith("/admin/entrar");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedWith403() {
        var browser = new StaffBrowser(this.port);
        String admin = StaffTestAccounts.create(this.dataSource, "ADMIN");
        browser.login(admin, StaffTestAccounts.PASSWORD);
        String newUser = "sem-csrf-" + System.nanoTime();

        var response = browser.postWithoutToken("/admin/contas/nova", Map.of("usuario", newUser, "nome", "X", "papeis",
                "EDITOR", "senha", "uma-senha-longa-1", "senhaConfirmacao", "uma-senha-longa-1"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Acesso não permitido");
        assertThat(JdbcClient.create(this.dataSource)
            .sql("select count(*) from staff_account where username = ?")
            .param(newUser)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theLoginFormItselfNeedsItsCsrfToken() {
        var browser = new StaffBrowser(this.port);
        browser.get("/admin/entrar");
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        var response = browser.postWithoutToken("/admin/entrar",
                Map.of("usuario", username, "senha", StaffTestAccounts.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongUserAndAWrongPasswordGetTheSameGenericMessage() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        var wrongPassword = new StaffBrowser(this.port).login(username, "senha-errada-123");
        var wrongUser = new StaffBrowser(this.port).login("nao-existe-" + System.nanoTime(),
                StaffTestAccounts.PASSWORD);

        assertThat(location(wrongPassword)).endsWith("/admin/entrar?erro").isEqualTo(location(wrongUser));
        var page = new StaffBrowser(this.port).get("/admin/entrar?erro");
        assertThat(page.body()).contains("Não foi possível entrar. Confira o usuário e a senha.");
    }

}
