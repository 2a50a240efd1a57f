package br.jus.tjes.cariacica.admin;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.CourtApplication;
import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL (the test's own, and a second one
 * started here): a staff session opened on one is valid on the other, and a logout on
 * either ends it on both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext second;

    private int secondPort;

    @BeforeAll
    void startASecondInstance() {
        // Command-line arguments: they outrank application.yml (server.port:
        // ${PORT:8080}), default properties do not.
        this.second = new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off");
        this.secondPort = Integer.parseInt(this.second.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (this.second != null) {
            this.second.close();
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOther() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        var first = new StaffBrowser(this.port);
        assertThat(location(first.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");

        var onSecond = first.onPort(this.secondPort).get("/admin");

        assertThat(this.secondPort).isNotEqualTo(this.port);
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains("Conectado como " + username);
    }

    @Test
    void aLogoutOnTheSecondInstanceEndsTheSessionOnTheFirst() {
        String username = StaffTestAccounts.create(this.dataSource, "OPS");
        var first = new StaffBrowser(this.port);
        first.login(username, StaffTestAccounts.PASSWORD);
        String session = first.session();

        var onSecond = first.onPort(this.secondPort);
        assertThat(location(onSecond.logout())).endsWith("/admin/entrar?saiu");

        var again = new StaffBrowser(this.port);
        again.useSession(session);
        assertThat(again.get("/admin").statusCode()).isEqualTo(302);
    }

}
