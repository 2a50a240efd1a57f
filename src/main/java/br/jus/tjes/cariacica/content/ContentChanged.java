package br.jus.tjes.cariacica.content;

/**
 * Published after content is created, edited or removed, so caches are evicted and the
 * search index is rebuilt.
 *
 * @param what a short description of what changed (for logs), for example
 * {@code "notice"}
 */
public record ContentChanged(String what) {
}
