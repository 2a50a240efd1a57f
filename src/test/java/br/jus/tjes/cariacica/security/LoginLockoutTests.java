package br.jus.tjes.cariacica.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.MutableClock;
import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five failures lock an account or an address for fifteen minutes; the clock is moved,
 * not waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LoginLockoutTests.Clocks.class)
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
    void afterFiveFailuresTheRightPasswordIsRefusedUntilTheLockExpires() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        for (int i = 0; i < 5; i++) {
            assertThat(location(new StaffBrowser(this.port).login(username, "senha-errada-" + i))).endsWith("?erro");
        }

        var locked = new StaffBrowser(this.port);
        assertThat(location(locked.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin/entrar?erro");
        assertThat(locked.get("/admin").statusCode()).isEqualTo(302);

        this.clock.advance(Duration.ofMinutes(14));
        assertThat(location(new StaffBrowser(this.port).login(username, StaffTestAccounts.PASSWORD))).endsWith("?erro");

        this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        var unlocked = new StaffBrowser(this.port);
        assertThat(location(unlocked.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");
        assertThat(unlocked.get("/admin").statusCode()).isEqualTo(200);

        assertThat(actionsFor(username)).containsSubsequence("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
                "LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_LOCKOUT", "LOGIN_REFUSED_LOCKED", "LOGIN_REFUSED_LOCKED",
                "LOGIN_SUCCESS");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccountButNotOtherAddresses() {
        String address = StaffTestAccounts.uniqueAddress();
        for (int i = 0; i < 5; i++) {
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
    void aSuccessfulLoginLeavesNoBucketBehind() {
        String address = StaffTestAccounts.uniqueAddress();
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");

        assertThat(location(new StaffBrowser(this.port, address).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin");

        assertThat(JdbcClient.create(this.dataSource)
            .sql("select count(*) from login_throttle_bucket where id in (?, ?)")
            .params("conta:" + username, "ip:" + address)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void expiredBucketsAreRemovedByTheCleanup() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        new StaffBrowser(this.port).login(username, "senha-errada");
        var jdbc = JdbcClient.create(this.dataSource);
        String key = "conta:" + username;
        assertThat(jdbc.sql("select count(*) from login_throttle_bucket where id = ?")
            .param(key)
            .query(Long.class)
            .single()).isEqualTo(1);

        this.clock.advance(Duration.ofMinutes(20));
        int removed = this.throttle.removeExpired();

        assertThat(removed).isPositive();
        assertThat(jdbc.sql("select count(*) from login_throttle_bucket where id = ?")
            .param(key)
            .query(Long.class)
            .single()).isZero();
    }

    private List<String> actionsFor(String username) {
        return JdbcClient.create(this.dataSource)
            .sql("select action from audit_event where target = ? or actor = ? order by id")
            .params("conta:" + username, username)
            .query(String.class)
            .list();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        // Primary: the site has its own Clock bean when this one is registered after it.
        @Bean
        @Primary
        MutableClock lockoutTestClock() {
            return new MutableClock(Instant.now());
        }

    }

}
