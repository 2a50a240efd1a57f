package br.jus.tjes.cariacica.support;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Where a browser goes when told {@code Location: value} from a page of the site, by the
 * WHATWG URL rules that matter for an open redirect: leading and trailing C0 controls and
 * spaces are trimmed, tabs and line breaks are removed anywhere, and {@code \} counts as
 * {@code /}; a result with a scheme or starting with {@code //} names another site (the
 * test server's own absolute address excepted).
 */
public final class BrowserUrls {

    /** Characters that have made open redirects, alone or percent-encoded. */
    private static final String[] REDIRECT_PIECES = { "/", "\\", "\t", "\n", "\r", " ", "\u0000", "\u000B", "\u000C",
            "\u007F", "\u0085", "\u00A0", "\u2028", "\u3000", "\uFEFF", "%09", "%0a", "%0D", "%2f", "%2F", "%5c", "%5C",
            "%20", "%00", "%", "%%", "%2", "%252F", ".", "..", "@", ":", "?", "#", "&", "=", "evil.example", "https:",
            "javascript:alert(1)", "contraste", "pauta", "a", "é", "\uD83D\uDE00" };

    private BrowserUrls() {
    }

    /**
     * @param location a {@code Location} header value
     * @return whether a browser following it stays on the same site
     */
    public static boolean staysOnSite(String location) {
        int start = 0;
        int end = location.length();
        while (start < end && location.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && location.charAt(end - 1) <= ' ') {
            end--;
        }
        String url = location.substring(start, end).replaceAll("[\t\n\r]", "").replace('\\', '/');
        // Tomcat may write a redirect absolute, to the host the request named.
        url = url.replaceFirst("(?i)^https?://(127\\.0\\.0\\.1|localhost)(:\\d+)?(?=/|$)", "");
        if (url.isEmpty()) {
            return true;
        }
        if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return false;
        }
        return url.startsWith("/") && !url.startsWith("//");
    }

    /**
     * @return return addresses built from the pieces of known open redirects, with and
     * without a leading slash, and arbitrary text
     */
    public static Arbitrary<String> hostileReturnAddresses() {
        Arbitrary<String> pieces = Arbitraries.of(REDIRECT_PIECES)
            .list()
            .ofMinSize(1)
            .ofMaxSize(8)
            .map((list) -> String.join("", list));
        Arbitrary<String> anyText = Arbitraries.strings().all().ofMaxLength(20);
        return Arbitraries.oneOf(pieces, anyText, pieces.map((s) -> "/" + s), anyText.map((s) -> "/" + s));
    }

}
