package br.jus.tjes.cariacica.content.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Page addresses made from a title: lower case ASCII words joined by hyphens (the tables'
 * own check).
 */
final class Slugs {

    static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private static final int MAX = 80;

    private Slugs() {
    }

    static String from(String text) {
        String ascii = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > MAX) {
            ascii = ascii.substring(0, MAX).replaceAll("-+$", "");
        }
        return ascii;
    }

    /**
     * The given slug, or one made from the text when blank; refused when it is not a
     * valid slug.
     */
    static String choose(String slug, String fallbackText) {
        String chosen = (slug == null || slug.isBlank()) ? from(fallbackText) : slug.strip();
        if (!VALID.matcher(chosen).matches()) {
            throw new br.jus.tjes.cariacica.content.ContentRuleException("slug", "conteudo.slug.formato");
        }
        return chosen;
    }

}
