package br.jus.tjes.cariacica.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The passages that answer a citizen's question, for the assistant: colloquial
     * spellings, missing accents, typos and staff synonyms understood, best first, and
     * empty when nothing on the site is relevant enough (the relevance floor). One query,
     * no headline, no total.
     * @param question the citizen's message as typed (redacted)
     * @param limit how many passages at most
     * @return the passages, best first; empty when the site does not answer the question
     */
    default List<SearchHit> relevantPassages(String question, int limit) {
        return relevantPassages(question, limit, Supplier::get);
    }

    /**
     * The same, with the statement run through {@code onMiss} when the answer is not
     * already cached: the caller's admission for database work is paid only by a search
     * that uses the database.
     * @param question the citizen's message as typed (redacted)
     * @param limit how many passages at most
     * @param onMiss runs the search's statement, for example once a database slot is free
     * @return the passages, best first; empty when the site does not answer the question
     */
    List<SearchHit> relevantPassages(String question, int limit,
            Function<Supplier<List<SearchHit>>, List<SearchHit>> onMiss);

}
