package br.jus.tjes.cariacica.assistant;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.search.SearchVocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The words staff taught the search as synonyms ({@link SearchVocabulary#staffWords()}),
 * and the phrasings staff added to FAQ entries ({@link SearchVocabulary#phrasings()}): a
 * message naming a synonym, or written as a phrasing, asks the court something, whatever
 * the learned model guesses of words it never saw ("como peço um xarope quirelado?" once
 * staff said what a "xarope quirelado" is). Read once, again off the citizen's thread
 * when older than {@link #FRESH} (the last reading answers meanwhile, and a failed one is
 * tried again after {@link #FRESH}, not on every message), and at once on the instance
 * where staff changed them.
 */
@Component
class StaffWords {

    static final Duration FRESH = Duration.ofSeconds(30);

    private static final Logger logger = LoggerFactory.getLogger(StaffWords.class);

    /** What a first reading that fails keeps. */
    private static final Reading NOTHING = new Reading(Set.of(), Set.of(), 0);

    private final SearchVocabulary vocabulary;

    /** The last reading; null before the first and after a change staff made here. */
    private final AtomicReference<Reading> reading = new AtomicReference<>();

    private final AtomicBoolean refreshing = new AtomicBoolean();

    StaffWords(SearchVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * Whether the message names a word or expression staff added, or is a phrasing staff
     * added.
     * @param question the citizen's message
     * @return true when one of the words is in it, whole, or it is a phrasing
     */
    boolean mentionedIn(String question) {
        Reading taught = current();
        String text = Folding.wordsText(question);
        return taught.phrasings().contains(text)
                || (!taught.words().isEmpty() && Folding.mentionsAny(" " + text + " ", taught.words()));
    }

    /**
     * Staff changed a synonym or a phrasing: read them again once the change is
     * committed.
     */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    StaffWords.this.reading.set(null);
                }
            });
        }
        else {
            this.reading.set(null);
        }
    }

    private Reading current() {
        Reading last = this.reading.get();
        if (last == null) {
            // The first message, or the first after a change staff made here: read
            // now, so the change counts from this message (a rare wait, one caller at
            // a time).
            synchronized (this) {
                last = this.reading.get();
                if (last == null) {
                    last = read(NOTHING);
                    this.reading.compareAndSet(null, last);
                }
                return last;
            }
        }
        if (System.nanoTime() - last.readAt() >= FRESH.toNanos() && this.refreshing.compareAndSet(false, true)) {
            Reading stale = last;
            Thread.ofVirtual().name("staff-words").start(() -> {
                try {
                    // Not over a change staff made meanwhile: the next message
                    // reads that.
                    this.reading.compareAndSet(stale, read(stale));
                }
                finally {
                    this.refreshing.set(false);
                }
            });
        }
        return last;
    }

    // A reading that fails keeps what the last one had until it is tried again.
    private Reading read(Reading fallback) {
        try {
            Set<String> phrasings = this.vocabulary.phrasings()
                .stream()
                .map((phrasing) -> Folding.wordsText(phrasing.text()))
                .collect(Collectors.toUnmodifiableSet());
            return new Reading(this.vocabulary.staffWords(), phrasings, System.nanoTime());
        }
        catch (DataAccessException ex) {
            logger.warn("Could not read the staff's synonyms and phrasings: {}", ex.getMessage());
            return new Reading(fallback.words(), fallback.phrasings(), System.nanoTime());
        }
    }

    private record Reading(Set<String> words, Set<String> phrasings, long readAt) {
    }

}
