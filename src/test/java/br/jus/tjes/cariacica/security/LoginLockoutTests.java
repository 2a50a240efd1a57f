package br.jus.tjes.cariacica.security;

import java.time.Duration;
import java.util.List;

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
 * Five failures for an account from one address block that address for the account, and
 * twenty from one address block the address, for fifteen minutes; the clock is moved, not
 * waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
class LoginLockoutTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    @Test
    void afterFiveFailuresFromOneAddressTheRightPasswordFromThereIsRefusedUntilTheLockExpires() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        String address = StaffTestAccounts.uniqueAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(location(new StaffBrowser(this.port, address).login(username, "senha-errada-" + i)))
                .endsWith("?erro");
        }

        var locked = new StaffBrowser(this.port, address);
        assertThat(location(locked.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin/entrar?erro");
        assertThat(locked.get("/admin").statusCode()).isEqualTo(302);

        this.clock.advance(Duration.ofMinutes(14));
        assertThat(location(new StaffBrowser(this.port, address).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("?erro");

        this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        var unlocked = new StaffBrowser(this.port, address);
        assertThat(location(unlocked.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");
        assertThat(unlocked.get("/admin").statusCode()).isEqualTo(200);

        // One failure row for the five of the first minute (the trail aggregates them).
        assertThat(actionsFor(username)).containsSubsequence("LOGIN_FAILURE", "LOGIN_LOCKOUT", "LOGIN_REFUSED_LOCKED",
                "LOGIN_REFUSED_LOCKED", "LOGIN_SUCCESS");
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryAccountButNotOtherAddresses() {
        String address = StaffTestAccounts.uniqueAddress();
        for (int i = 0; i < 20; i++) {
            new StaffBrowser(this.port, address).login("nao-existe-" + i + "-" + System.nanoTime(), "qualquer-senha");
        }
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        assertThat(location(new StaffBrowser(this.port, address).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("?erro");
        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin");
        assertThat(JdbcClient.create(this.dataSource)
            .sql("select count(*) from audit_event where action = 'LOGIN_LOCKOUT' and client_address = ?")
            .param(address)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void fourFailuresDoNotLockAndASuccessForgetsThem() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        for (int i = 0; i < 4; i++) {
            new StaffBrowser(this.port).login(username, "senha-errada-" + i);
        }
        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin");
        for (int i = 0; i < 4; i++) {
            new StaffBrowser(this.port).login(username, "senha-errada-" + i);
        }

        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin");
    }

    @Test
    void aSuccessfulLoginLeavesNoCounterBehind() {
        String address = StaffTestAccounts.uniqueAddress();
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        assertThat(location(new StaffBrowser(this.port, address).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin");

        assertThat(JdbcClient.create(this.dataSource)
            .sql("select count(*) from login_failure where key in (?, ?, ?)")
            .params("conta:" + username, "ip:" + address, "par:" + address + " " + username)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void expiredCountersAreRemovedByTheCleanup() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        new StaffBrowser(this.port).login(username, "senha-errada");
        var jdbc = JdbcClient.create(this.dataSource);
        String key = "conta:" + username;
        assertThat(jdbc.sql("select count(*) from login_failure where key = ?").param(key).query(Long.class).single())
            .isEqualTo(1);

        this.clock.advance(Duration.ofMinutes(20));
        int removed = this.throttle.removeExpired();

        assertThat(removed).isPositive();
        assertThat(jdbc.sql("select count(*) from login_failure where key = ?").param(key).query(Long.class).single())
            .isZero();
    }

    private List<String> actionsFor(String username) {
        return JdbcClient.create(this.dataSource)
            .sql("select action from audit_event where target = ? or actor = ? order by id")
            .params("conta:" + username, username)
            .query(String.class)
            .list();
    }

}
