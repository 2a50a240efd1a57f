package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.util.Set;

import br.jus.tjes.cariacica.search.SearchVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The words staff taught the search as synonyms ({@link SearchVocabulary#staffWords()}):
 * a message naming one asks the court something, whatever the learned model guesses of a
 * word it never saw ("como peço um xarope quirelado?" once staff said what a "xarope
 * quirelado" is). Read again at most every {@link #FRESH} on each instance, and at once
 * on the instance where staff changed them.
 */
@Component
class StaffWords {

    static final Duration FRESH = Duration.ofSeconds(30);

    private static final Logger logger = LoggerFactory.getLogger(StaffWords.class);

    private final SearchVocabulary vocabulary;

    private volatile Reading reading = new Reading(Set.of(), Long.MIN_VALUE);

    StaffWords(SearchVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Whether the message names a word or expression staff added.
     * @param question the citizen's message
     * @return true when one of them is in it, whole
     */
    boolean mentionedIn(String question) {
        Set<String> words = current();
        if (words.isEmpty()) {
            return false;
        }
        String padded = " " + Folding.wordsText(question) + " ";
        return words.stream().anyMatch((word) -> padded.contains(" " + word + " "));
    }

    /** Staff changed a synonym: read them again once the change is committed. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    StaffWords.this.reading = new Reading(Set.of(), Long.MIN_VALUE);
                }
            });
        }
        else {
            this.reading = new Reading(Set.of(), Long.MIN_VALUE);
        }
    }

    private Set<String> current() {
        Reading last = this.reading;
        long now = System.nanoTime();
        if (last.readAt != Long.MIN_VALUE && now - last.readAt < FRESH.toNanos()) {
            return last.words;
        }
        synchronized (this) {
            last = this.reading;
            if (last.readAt != Long.MIN_VALUE && System.nanoTime() - last.readAt < FRESH.toNanos()) {
                return last.words;
            }
            try {
                this.reading = new Reading(this.vocabulary.staffWords(), System.nanoTime());
            }
            catch (DataAccessException ex) {
                // The last reading stands; the next message tries again.
                logger.warn("Could not read the staff's synonyms: {}", ex.getMessage());
                return last.words;
            }
            return this.reading.words;
        }
    }

    private record Reading(Set<String> words, long readAt) {
    }

}
