package br.jus.tjes.cariacica.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

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
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nobody can keep a staff member out: an attacker's failures block the attacker's address
 * for the account, and only slow down the account for addresses that failed, never the
 * owner's. Every attempt is counted before its password is checked, so a parallel burst
 * is counted exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
class LoginThrottleTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuthenticationProvider logins;

    @Test
    void theAttackerIsStoppedAndTheOwnerStillGetsIn() {
        String username = StaffTestAccounts.create(this.dataSource, "ADMIN");
        String attacker = StaffTestAccounts.uniqueAddress();
        for (int i = 0; i < 12; i++) {
            new StaffBrowser(this.port, attacker).login(username, "senha-errada-" + i);
        }

        // Even the right password no longer gets checked from the attacker's address...
        assertThat(location(new StaffBrowser(this.port, attacker).login(username, StaffTestAccounts.PASSWORD)))
            .endsWith("/admin/entrar?erro");
        // ...while the owner, from an address without failures, gets in at once.
        var owner = new StaffBrowser(this.port);
        assertThat(location(owner.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");
        assertThat(owner.get("/admin/contas").statusCode()).isEqualTo(200);
    }

    @Test
    void attackersOnManyAddressesOnlySlowTheAccountAndNeverRefuseTheOwner() {
        String username = StaffTestAccounts.create(this.dataSource, "ADMIN");
        List<String> botnet = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            botnet.add(StaffTestAccounts.uniqueAddress());
        }
        this.throttle.begin(username, botnet.get(0));
        this.throttle.begin(username, botnet.get(0));
        this.throttle.begin(username, botnet.get(1));
        this.throttle.begin(username, botnet.get(1));
        this.throttle.begin(username, botnet.get(2));
        // Five attempts for the account: beyond them, an address that failed before gets
        // one check per delay (1 s, 2 s, 4 s... with every attempt), shared by all such
        // addresses.
        assertThat(this.throttle.begin(username, botnet.get(0)).admitted()).isTrue();
        var tooSoon = this.throttle.begin(username, botnet.get(1));
        assertThat(tooSoon.admitted()).isFalse();
        assertThat(tooSoon.slowed()).isTrue();
        this.clock.advance(Duration.ofMinutes(1));
        assertThat(this.throttle.begin(username, botnet.get(1)).admitted()).isTrue();

        for (int i = 0; i < 5; i++) {
            String fresh = StaffTestAccounts.uniqueAddress();
            assertThat(this.throttle.begin(username, fresh).admitted()).as("an address without failures").isTrue();
        }
        var owner = new StaffBrowser(this.port);
        assertThat(location(owner.login(username, StaffTestAccounts.PASSWORD))).endsWith("/admin");
    }

    @Test
    void aParallelBurstOf200AttemptsIsCountedExactlyAndOnlyFiveReachThePassword() throws Exception {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        String address = StaffTestAccounts.uniqueAddress();
        var start = new CountDownLatch(1);
        List<Future<Boolean>> attempts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            for (int i = 0; i < 200; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return this.throttle.begin(username, address).admitted();
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> attempt : attempts) {
                admitted += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(admitted).isEqualTo(5);
            assertThat(this.throttle.countOf("par:" + address + " " + username)).isEqualTo(200);
            assertThat(this.throttle.countOf("ip:" + address)).isEqualTo(200);
            assertThat(this.throttle.countOf("conta:" + username)).isEqualTo(200);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIpv6SubscriberCannotEvadeTheThrottleByChangingTheLowerBitsOfItsAddress() {
        String username = StaffTestAccounts.create(this.dataSource, "EDITOR");
        String prefix = "2001:db8:" + Integer.toHexString((int) (System.nanoTime() & 0xffff)) + ":7:";
        for (int i = 1; i <= 5; i++) {
            assertThat(this.throttle.begin(username, prefix + Integer.toHexString(i) + ":0:0:1").admitted()).isTrue();
        }

        assertThat(this.throttle.begin(username, prefix + "ffff:ffff:ffff:ffff").admitted()).isFalse();
        assertThat(this.throttle.countOf("ip:" + ClientAddress.key(prefix + "1:0:0:1"))).isEqualTo(6);
    }

    @Test
    void failedAndRefusedLoginsFromOneAddressWriteOneAuditRowAMinuteEachAndTheNextRowCountsTheRest() {
        var random = ThreadLocalRandom.current();
        String address = "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                + Integer.toHexString(random.nextInt(0x10000)) + "::5";
        for (int i = 0; i < 30; i++) {
            String name = "spray-" + i + "-" + System.nanoTime();
            assertThatThrownBy(() -> this.logins.authenticate(attempt(name, "errada-" + name, address)))
                .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(rowsFrom(address)).containsExactlyInAnyOrder("LOGIN_FAILURE", "LOGIN_LOCKOUT",
                "LOGIN_REFUSED_LOCKED");

        this.clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> this.logins.authenticate(attempt("spray-fim", "errada", address)))
            .isInstanceOf(BadCredentialsException.class);

        assertThat(rowsFrom(address)).hasSize(4);
        assertThat(JdbcClient.create(this.dataSource)
            .sql("select detail from audit_event where client_address = ? and action = 'LOGIN_FAILURE' order by id")
            .param(address)
            .query(String.class)
            .list()).last().asString().contains("(+19 tentativas erradas omitidas no minuto anterior)");
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private List<String> rowsFrom(String address) {
        return JdbcClient.create(this.dataSource)
            .sql("select action from audit_event where client_address = ? order by id")
            .param(address)
            .query(String.class)
            .list();
    }

}
