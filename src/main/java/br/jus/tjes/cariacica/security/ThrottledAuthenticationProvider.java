package br.jus.tjes.cariacica.security;

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
 * lockout of {@link LoginThrottle} in front and every failure and lockout on the audit
 * trail. A locked account or address gets the same exception as a wrong password, so the
 * page cannot tell an attacker which it was.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;

    private final LoginThrottle throttle;

    private final AuditLog audit;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName();
        String username = printable(typed);
        String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
                ? details.getRemoteAddress() : null;
        if (this.throttle.isLocked(username, address)) {
            record(AuditAction.LOGIN_REFUSED_LOCKED, username, address, null);
            throw new BadCredentialsException("Locked");
        }
        try {
            if (!username.equals(typed)) {
                // NUL, other control characters or half a surrogate pair: no account has
                // such a name, and
                // PostgreSQL would refuse to even look for it. A failure like any other.
                throw new BadCredentialsException("Not a possible username");
            }
            Authentication result = this.delegate.authenticate(authentication);
            this.throttle.recordSuccess(username);
            return result;
        }
        catch (AuthenticationException ex) {
            boolean locked = this.throttle.recordFailure(username, address);
            record(AuditAction.LOGIN_FAILURE, username, address,
                    (ex instanceof DisabledException) ? "conta desativada" : "usuário ou senha incorretos");
            if (locked) {
                record(AuditAction.LOGIN_LOCKOUT, username, address, null);
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

    private void record(AuditAction action, String username, String address, String detail) {
        // The name typed is the target, not the actor: nobody is authenticated, and it
        // may not be an account.
        this.audit.record(
                AuditEvent.of(action).withTarget("conta:" + username).withClientAddress(address).withDetail(detail));
    }

}
