package br.jus.tjes.cariacica.search;

import java.util.List;

/**
 * Full-text search over everything a citizen can read on the site (pages, service guides,
 * FAQ, notices), in Portuguese, ignoring accents and tolerating typos. The {@code /busca}
 * page and the assistant both use it.
 */
public interface SiteSearch {

    /** One page of ranked hits; a blank query has none. {@code page} starts at 0. */
    SearchResults search(String query, int page, int pageSize);

    /**
     * The best passages for a question, for the assistant: the same ranking, plain text,
     * no paging.
     */
    List<SearchHit> topPassages(String question, int limit);

}
