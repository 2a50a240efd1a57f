package br.jus.tjes.cariacica.admin;

import java.util.regex.Pattern;

/**
 * The rules for usernames and passwords, shared by the forms and the first administrator.
 */
final class AccountRules {

    static final String USERNAME_PATTERN = "[a-z0-9._-]{3,40}";
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    private AccountRules() {
    }

    static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    static boolean isValidPassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD && password.length() <= MAX_PASSWORD
                && !password.isBlank();
    }

}
