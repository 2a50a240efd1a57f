package br.jus.tjes.cariacica.content.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML. Raw HTML in the source is escaped (shown as text), link targets
 * are restricted to safe schemes, and the result passes an allow-list, so a staff edit
 * can never put script on a public page.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();

    // Link schemes are checked by the allow-list below (http, https, mailto, tel and
    // relative links only).
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();

    private static final Safelist SAFELIST = Safelist.relaxed()
        .removeTags("img")
        .addProtocols("a", "href", "tel")
        .preserveRelativeLinks(true)
        .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /** Only to resolve relative links while cleaning; they are kept relative. */
    private static final String BASE = "https://site.invalid/";

    private Markdown() {
    }

    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), BASE, SAFELIST, OUTPUT);
    }

    /** The text a reader sees, without markup, for search and feeds. */
    static String toText(String markdown) {
        return Jsoup.parse(toHtml(markdown)).text();
    }

}
