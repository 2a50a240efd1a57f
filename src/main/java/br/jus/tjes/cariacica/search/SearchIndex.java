package br.jus.tjes.cariacica.search;

import java.util.Collection;

/** How content modules keep the search index in step with what they publish. */
public interface SearchIndex {

    /** Makes the documents of one kind exactly these, in one transaction. */
    void replaceAll(String kind, Collection<SearchDocument> documents);

    /** Adds or replaces one document. */
    void upsert(SearchDocument document);

    /** Removes one document, if indexed. */
    void remove(String kind, String key);

    /**
     * Drops this instance's cached search results: the content changed on another
     * instance, which rebuilt the shared index. (Writes through this interface drop them
     * by themselves.)
     */
    void forgetCachedResults();

}
