package br.jus.tjes.cariacica.security;

import java.time.Clock;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password logins (the staff form and the monitors' HTTP basic), with the
 * throttles of {@link LoginThrottle} in front: every attempt is counted before its
 * password is checked, and one the throttles refuse never reaches the hash. A refused
 * attempt gets the same exception as a wrong password, so the page cannot tell an
 * attacker which it was. Failures and refusals go to the audit trail at most once per
 * address and minute each ({@link AuditAggregator}, the next row counts the rest); a
 * block, rare by construction, gets a row of its own.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    private final LoginThrottle throttle;

    private final AuditLog audit;

    private final AuditAggregator aggregated;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit,
            Clock clock) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
        this.aggregated = new AuditAggregator(audit, clock);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        String username = printable(typed);
        String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
                ? details.getRemoteAddress() : null;
        var attempt = this.throttle.begin(username, address);
        if (!attempt.admitted()) {
            recordAggregated(AuditAction.LOGIN_REFUSED_LOCKED, username, address,
                    attempt.slowed() ? "conta sob ataque: tentativa cedo demais" : null,
                    "tentativas bloqueadas omitidas");
            throw new BadCredentialsException("Locked");
        }
        try {
            if (!username.equals(typed)) {
                // NUL, other control characters or half a surrogate pair: no account has
                // such a name, and PostgreSQL would refuse to even look for it. A failure
                // like any other.
                throw new BadCredentialsException("Not a possible username");
            }
            Authentication result = this.delegate.authenticate(authentication);
            this.throttle.succeeded(username, address);
            return result;
        }
        catch (AuthenticationException ex) {
            recordAggregated(AuditAction.LOGIN_FAILURE, username, address,
                    (ex instanceof DisabledException) ? "conta desativada" : "usuário ou senha incorretos",
                    "tentativas erradas omitidas");
            if (attempt.blocksOnFailure()) {
                this.audit.record(event(AuditAction.LOGIN_LOCKOUT, username, address, null));
            }
            throw new BadCredentialsException("Bad credentials");
        }
    }

    private static String printable(String name) {
        if (name == null) {
            return "";
        }
        var out = new StringBuilder(name.length());
        name.codePoints()
            .forEach((c) -> out.appendCodePoint(
                    (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE)
                            ? '\uFFFD' : c));
        return out.toString();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void recordAggregated(AuditAction action, String username, String address, String detail, String leftOut) {
        this.aggregated.record(action.name() + " " + ClientAddress.key(address),
                event(action, username, address, detail), leftOut);
    }

    private static AuditEvent event(AuditAction action, String username, String address, String detail) {
        // The name typed is the target, not the actor: nobody is authenticated, and it
        // may not be an account.
        return AuditEvent.of(action).withTarget("conta:" + username).withClientAddress(address).withDetail(detail);
    }

}
