package br.jus.tjes.cariacica.admin;

import java.util.regex.Pattern;

import br.jus.tjes.cariacica.security.Passwords;

/**
 * The rules for usernames and passwords, shared by the forms and the first administrator.
 */
final class AccountRules {

    static final String USERNAME_PATTERN = "[a-z0-9._-]{3,40}";
    static final int MIN_PASSWORD = 12;

    /** Characters; the hash's limit in bytes ({@link Passwords#MAX_BYTES}) is tighter. */
    static final int MAX_PASSWORD = Passwords.MAX_BYTES;

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    private AccountRules() {
    }

    static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    /**
     * Long enough, not blank, and short enough for the hash: at most
     * {@link Passwords#MAX_BYTES} bytes in UTF-8 (beyond them BCrypt cannot hash it).
     * @param password the password typed
     * @return whether it may be set
     */
    static boolean isValidPassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD
                && !password.isBlank() && Passwords.fitsHash(password);
    }

}
