package br.jus.tjes.cariacica.admin;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.MutableClock;
import br.jus.tjes.cariacica.support.MutableClockConfiguration;
import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff session ends ten hours after its login however busy it is, and a password
 * change ends the person's other sessions, also when they change their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
class StaffSessionLifetimeTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Test
    void aSessionInUseEndsTenHoursAfterItsLogin() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        var browser = new StaffBrowser(this.port);
        browser.login(username, StaffTestAccounts.PASSWORD);
        for (int hour = 0; hour < 9; hour++) {
            this.clock.advance(Duration.ofHours(1));
            assertThat(browser.get("/admin").statusCode()).as("after %d h", hour + 1).isEqualTo(200);
        }

        this.clock.advance(Duration.ofHours(1));
        var afterwards = browser.get("/admin");

        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(location(afterwards)).endsWith("/admin/entrar?expirou");
        assertThat(new StaffBrowser(this.port).get("/admin/entrar?expirou").body())
            .contains("Sua sessão chegou ao tempo máximo");
        assertThat(JdbcClient.create(this.dataSource)
            .sql("select count(*) from spring_session where principal_name = ?")
            .param(username)
            .query(Long.class)
            .single()).isZero();
        assertThat(location(browser.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");
        assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void changingOnesOwnPasswordEndsOnesOtherSessionsAndKeepsThisOne() {
        String username = StaffTestAccounts.create(this.dataSource, "ADMIN");
        var here = new StaffBrowser(this.port);
        here.login(username, StaffTestAccounts.PASSWORD);
        var elsewhere = new StaffBrowser(this.port);
        elsewhere.login(username, StaffTestAccounts.PASSWORD);
        assertThat(elsewhere.get("/admin").statusCode()).isEqualTo(200);
        long id = StaffTestAccounts.idOf(this.dataSource, username);

        var response = here.post("/admin/contas/" + id + "/senha", "/admin/contas/" + id,
                Map.of("senha", "outra-senha-bem-longa", "senhaConfirmacao", "outra-senha-bem-longa"));

        assertThat(location(response)).endsWith("/admin/contas/" + id);
        assertThat(elsewhere.get("/admin").statusCode()).isEqualTo(302);
        assertThat(here.get("/admin").statusCode()).isEqualTo(200);
    }

}
