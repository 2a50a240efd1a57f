package br.jus.tjes.cariacica.content.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The links staff may give outside Markdown (a channel's contact link, the map): absolute
 * http(s), mailto and tel only. Checked when saved and again when read, so a row written
 * some other way cannot put a {@code javascript:} link on a page either.
 */
final class SafeLinks {

    private static final Pattern ALLOWED = Pattern
        .compile("^(https?://[^\\s<>\"']+|mailto:[^\\s<>\"']+|tel:[+0-9() .-]+)$");

    private SafeLinks() {
    }

    static boolean isSafe(String url) {
        return url != null && ALLOWED.matcher(url.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The link when safe, otherwise null (the page then shows the text without a link).
     */
    static String orNull(String url) {
        return isSafe(url) ? url.strip() : null;
    }

}
