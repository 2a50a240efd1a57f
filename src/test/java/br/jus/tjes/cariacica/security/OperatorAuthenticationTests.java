package br.jus.tjes.cariacica.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The operator's right password is recognised without the password hash (a monitor's poll
 * must not cost a BCrypt check); every other attempt is decided by the hashed accounts as
 * before.
 */
class OperatorAuthenticationTests {

    private static final SecurityProperties.Operator OPERATOR = new SecurityProperties.Operator("monitor",
            "senha-do-monitor-1");

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final AtomicInteger hashChecks = new AtomicInteger();

    private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(
            User.withUsername("maria").password(this.encoder.encode("senha-da-maria-1")).roles("EDITOR").build(),
            User.withUsername(OPERATOR.username())
                .password(this.encoder.encode(OPERATOR.password()))
                .roles("OPS")
                .build());

    @Test
    void theOperatorsRightPasswordIsAcceptedWithoutAHashCheck() {
        Authentication result = provider(OPERATOR).authenticate(attempt("monitor", "senha-do-monitor-1"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("monitor");
        assertThat(result.getAuthorities()).as("as the password provider gives them")
            .extracting(GrantedAuthority::getAuthority)
            .containsExactly("ROLE_OPS", "FACTOR_PASSWORD");
        assertThat(result.getCredentials()).as("no password kept").isNull();
        assertThat(this.hashChecks).hasValue(0);
    }

    @Test
    void aWrongOperatorPasswordIsRefusedByTheHashedAccounts() {
        var provider = provider(OPERATOR);

        assertThatExceptionOfType(BadCredentialsException.class)
            .isThrownBy(() -> provider.authenticate(attempt("monitor", "senha-do-monitor-2")));
        assertThat(this.hashChecks).hasValue(1);
    }

    @Test
    void staffLoginsAreCheckedAgainstTheirHashAsBefore() {
        var provider = provider(OPERATOR);

        Authentication staff = provider.authenticate(attempt("maria", "senha-da-maria-1"));

        assertThat(staff.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .containsExactly("ROLE_EDITOR", "FACTOR_PASSWORD");
        assertThat(this.hashChecks).hasValue(1);
        assertThatExceptionOfType(BadCredentialsException.class)
            .as("another account's name with the operator's password")
            .isThrownBy(() -> provider.authenticate(attempt("maria", "senha-do-monitor-1")));
    }

    @Test
    void withoutAnOperatorConfiguredEveryAttemptGoesToTheHashedAccounts() {
        var provider = provider(null);

        Authentication result = provider.authenticate(attempt("monitor", "senha-do-monitor-1"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(this.hashChecks).hasValue(1);
    }

    private OperatorAuthentication provider(SecurityProperties.Operator operator) {
        var passwords = new DaoAuthenticationProvider(this.accounts);
        passwords.setPasswordEncoder(new PasswordEncoder() {

            @Override
            public String encode(CharSequence raw) {
                return OperatorAuthenticationTests.this.encoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                OperatorAuthenticationTests.this.hashChecks.incrementAndGet();
                return OperatorAuthenticationTests.this.encoder.matches(raw, encoded);
            }

        });
        return new OperatorAuthentication(operator, passwords);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

}
