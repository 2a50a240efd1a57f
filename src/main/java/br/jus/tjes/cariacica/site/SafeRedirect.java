package br.jus.tjes.cariacica.site;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * Keeps return addresses on this site, so a crafted link cannot send a visitor elsewhere.
 * A browser drops tabs and line breaks from an address and reads {@code \} as {@code /},
 * so {@code /<tab>/evil.example} is {@code //evil.example}, another site. Accepted: a
 * path of printable ASCII that starts with one {@code /} and then a safe character, with
 * no backslash, and that still does so once percent-decoded.
 */
final class SafeRedirect {

    static final int MAX_LENGTH = 500;

    private static final String SAFE_AFTER_SLASH = "-._~?#%=&+";

    private SafeRedirect() {
    }

    /**
     * The candidate if it stays on this site, otherwise the home page.
     * @param candidate a return address from the request
     * @return {@code candidate} or {@code "/"}
     */
    static String localPath(String candidate) {
        return isLocal(candidate) ? candidate : "/";
    }

    /**
     * Whether a browser sent to this address stays on the site.
     * @param candidate a return address from the request
     * @return {@code true} for a local path (not the contrast switch itself)
     */
    static boolean isLocal(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !safePath(candidate, true)) {
            return false;
        }
        String decoded;
        try {
            decoded = UriUtils.decode(candidate, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return safePath(decoded, false) && !candidate.startsWith("/contraste") && !decoded.startsWith("/contraste");
    }

    private static boolean safePath(String path, boolean asciiOnly) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && !safeAfterSlash(path.charAt(1))) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT || (asciiOnly && c > '~')) {
                return false;
            }
        }
        return true;
    }

    private static boolean safeAfterSlash(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || SAFE_AFTER_SLASH.indexOf(c) >= 0;
    }

}
