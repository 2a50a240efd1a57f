package br.jus.tjes.cariacica.site.cache;

import java.time.Instant;
import java.util.List;

/**
 * One stored response: its body already encoded as the client accepts it (gzip bytes for
 * a client that accepts gzip, so a hit compresses nothing), and the headers the
 * application wrote for it (security headers included) except those that belong to one
 * request (its id, the date, cookies).
 *
 * @param contentType the response's content type
 * @param body the body, gzip-compressed when {@code gzip}
 * @param gzip true when {@code body} is gzip-compressed
 * @param etag the weak entity tag of the uncompressed body
 * @param headers the headers to replay
 * @param expires when the page stops being valid (the next minute boundary: opening
 * hours, closures and notices change status on minutes)
 * @param pattern the handler's path pattern ({@code /avisos/{slug}}), so the HTTP server
 * metrics of a hit carry the same {@code uri} tag as a rendered page; null when unknown
 */
record CachedPage(String contentType, byte[] body, boolean gzip, String etag, List<Header> headers, Instant expires,
        String pattern) {

    /**
     * What the page costs in the cache's byte budget.
     * @return an estimate in bytes
     */
    int weight() {
        int weight = 128 + this.body.length + this.contentType.length() + this.etag.length();
        for (Header header : this.headers) {
            weight += 48 + header.name().length() + header.value().length();
        }
        return weight;
    }

    /**
     * A response header to replay.
     *
     * @param name its name
     * @param value its value
     */
    record Header(String name, String value) {
    }

}
