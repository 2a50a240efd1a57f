package br.jus.tjes.cariacica.search;

/**
 * One document that matched.
 *
 * @param kind what it is ({@link SearchDocument#kind()})
 * @param key its key within the kind
 * @param title its title
 * @param url the site path where a citizen reads it
 * @param snippetHtml an excerpt with the matched words in {@code <mark>}; everything else
 * in it is HTML-escaped, so it can be written to a page unescaped
 * @param passage the plain text of the document (possibly shortened), for the assistant
 * @param rank the relevance, higher is better; comparable only within one search
 */
public record SearchHit(String kind, String key, String title, String url, String snippetHtml, String passage,
        double rank) {
}
