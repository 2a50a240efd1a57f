package br.jus.tjes.cariacica.site;

/**
 * Keeps return addresses on this site, so a crafted link cannot send a visitor elsewhere.
 */
final class SafeRedirect {

    private SafeRedirect() {
    }

    static String localPath(String candidate) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 500 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\") || candidate.contains("\r")
                || candidate.contains("\n") || candidate.startsWith("/contraste")) {
            return "/";
        }
        return candidate;
    }

}
