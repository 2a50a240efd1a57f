package br.jus.tjes.cariacica.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The operator account's right password, recognised without a password hash; anything
 * else goes on to the next provider (the staff accounts, then the operator's hashed
 * entry), exactly as before.
 * <p>
 * Monitors send the operator's password with every poll of the metrics and the health
 * details. A BCrypt check costs ≈ 90 ms of CPU here, and on a virtual thread it holds its
 * carrier that long: on one core, every scrape stopped every other request for 90 ms. The
 * hash protects a stored password against whoever reads the store; this one comes from
 * the environment and is in the process's memory anyway, so comparing digests in constant
 * time protects it as well. The throttles still count every attempt (this provider runs
 * inside {@link ThrottledAuthenticationProvider}).
 */
final class OperatorAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider next;

    private final @Nullable String username;

    private final byte @Nullable [] digest;

    /**
     * Recognises this operator before the next provider.
     * @param operator the operator account, or null when none is configured
     * @param next who decides every other attempt
     */
    OperatorAuthentication(SecurityProperties.@Nullable Operator operator, AuthenticationProvider next) {
        this.next = next;
        boolean configured = operator != null && operator.isConfigured();
        this.username = configured ? operator.username() : null;
        this.digest = configured ? digest(operator.password()) : null;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        if (this.username != null && this.username.equals(authentication.getName())
                && authentication.getCredentials() instanceof String typed
                && MessageDigest.isEqual(digest(typed), this.digest)) {
            var operator = User.withUsername(this.username).password("").roles("OPS").build();
            // The authorities the password provider gives: the role and the factor used.
            var authorities = new ArrayList<GrantedAuthority>(operator.getAuthorities());
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
            var result = UsernamePasswordAuthenticationToken.authenticated(operator, null, authorities);
            result.setDetails(authentication.getDetails());
            return result;
        }
        return this.next.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return this.next.supports(authentication);
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256")
                .digest(Objects.requireNonNull(password).getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every JDK has SHA-256", ex);
        }
    }

}
