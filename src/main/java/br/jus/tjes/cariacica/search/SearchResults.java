package br.jus.tjes.cariacica.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param query the query as searched (trimmed)
 * @param hits this page's hits, best first
 * @param total how many documents matched in all
 * @param page the page number, from 0
 * @param pageSize hits per page
 * @param relaxed true when no document had every word and the hits are those with any of
 * them
 */
public record SearchResults(String query, List<SearchHit> hits, long total, int page, int pageSize, boolean relaxed) {

    public int totalPages() {
        return (this.pageSize == 0) ? 0 : (int) ((this.total + this.pageSize - 1) / this.pageSize);
    }

    public static SearchResults empty(String query, int pageSize) {
        return new SearchResults(query, List.of(), 0, 0, pageSize, false);
    }
}
