package br.jus.tjes.cariacica.security;

import java.nio.charset.StandardCharsets;

/**
 * What the site's password hash can take. BCrypt reads at most 72 bytes of a password and
 * Spring Security refuses to hash a longer one (an exception, not a silent cut), so every
 * place that sets a password checks this first: the account forms, the first
 * administrator and the operator account from the environment.
 */
public final class Passwords {

    /** BCrypt's limit, in UTF-8 bytes: an accented letter takes two, an emoji four. */
    public static final int MAX_BYTES = 72;

    private Passwords() {
    }

    /**
     * Whether the password encoder can hash this password.
     * @param password the password, possibly null
     * @return true when it has at most {@link #MAX_BYTES} bytes in UTF-8
     */
    public static boolean fitsHash(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

}
