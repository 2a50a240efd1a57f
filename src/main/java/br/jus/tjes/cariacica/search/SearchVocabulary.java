package br.jus.tjes.cariacica.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What staff teach the search (the assistant's retrieval and the site search): synonyms,
 * a word citizens use mapped to words the content uses, and alternative phrasings of an
 * indexed document, weighed like its title. A change is used by the next query, on every
 * instance (both live in the database and are read by the query itself).
 */
public interface SearchVocabulary {

    /**
     * Every synonym, by word.
     * @return the synonyms
     */
    List<Synonym> synonyms();

    /**
     * The words and expressions staff added as synonyms from the staff pages, not those
     * the site came with.
     * @return the words, normalised
     */
    Set<String> staffWords();

    /**
     * Adds or replaces a synonym, as staff's.
     * @param word the word as citizens write it (normalised: lower case, no accents)
     * @param expansion the words it stands for, separated by spaces (normalised too)
     * @return the synonym before the change, if there was one
     */
    Optional<Synonym> saveSynonym(String word, String expansion);

    /**
     * Removes a synonym.
     * @param word the word
     * @return the removed synonym, if there was one
     */
    Optional<Synonym> removeSynonym(String word);

    /**
     * Every staff phrasing, grouped by document.
     * @return the phrasings, with their documents' titles
     */
    List<Phrasing> phrasings();

    /**
     * The indexed FAQ entries, the documents phrasings are usually added to.
     * @return each entry's key and title, by title
     */
    List<Phrasing.Target> faqEntries();

    /**
     * Adds an alternative phrasing to an indexed document and re-indexes it at once.
     * @param kind the document's kind ({@link SearchDocument#FAQ}…)
     * @param key the document's key
     * @param text the phrasing, as a citizen would write it
     * @return the phrasing, or empty when the document is not indexed or already has it
     */
    Optional<Phrasing> addPhrasing(String kind, String key, String text);

    /**
     * Removes a phrasing and re-indexes its document.
     * @param id the phrasing's id
     * @return the removed phrasing, if it existed
     */
    Optional<Phrasing> removePhrasing(long id);

    /**
     * Normalises a word list as the search compares it: lower case, no accents, letters
     * and digits only, single spaces.
     * @param text what staff typed
     * @return the normalised words (possibly empty)
     */
    static String normalised(String text) {
        if (text == null) {
            return "";
        }
        return AssistantQuery.plain(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * A synonym.
     *
     * @param word the word citizens use
     * @param expansion the words the content uses
     */
    record Synonym(String word, String expansion) {
    }

    /**
     * An alternative phrasing of a document.
     *
     * @param id its id
     * @param target the document
     * @param text the phrasing
     */
    record Phrasing(long id, Target target, String text) {

        /**
         * An indexed document.
         *
         * @param kind its kind
         * @param key its key
         * @param title its title
         */
        public record Target(String kind, String key, String title) {
        }

    }

}
