package br.jus.tjes.cariacica.site.cache;

/**
 * Everything a stored public page varies on: its path (pages with a query are never
 * stored), the representation the client accepts, the contrast preference and whether the
 * request came over HTTPS (only those get {@code Strict-Transport-Security}).
 *
 * @param path the request URI, as sent
 * @param gzip true when the client accepts gzip
 * @param highContrast true with the high-contrast cookie
 * @param secure true for HTTPS requests
 */
record PageKey(String path, boolean gzip, boolean highContrast, boolean secure) {

    /**
     * What the key costs in the cache's byte budget: the path twice (the key and the map
     * node) and a little overhead.
     * @return an estimate in bytes
     */
    int weight() {
        return 64 + 2 * this.path.length();
    }

}
