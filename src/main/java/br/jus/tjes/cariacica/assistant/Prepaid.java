package br.jus.tjes.cariacica.assistant;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * One request of the day's OpenAI budget reserved by the statement that stores the
 * citizen's question ({@link ChatStatements}), so that asking the model needs no
 * statement of its own: the first attempt takes it, and one the message never used (the
 * answer came from the court's data, the knowledge base, or the circuit opened meanwhile)
 * is given back by the statement that stores the answer. A separate statement per call
 * held a database slot for a round trip on the day's one row: 0.15 ms of the
 * application's CPU and 0.16 ms of PostgreSQL's per message at 1,500 conversations
 * (docs/PERFORMANCE.md, session 17).
 */
final class Prepaid {

    private static final Prepaid NONE = new Prepaid(null);

    private final @Nullable LocalDate day;

    private final AtomicBoolean taken = new AtomicBoolean();

    private Prepaid(@Nullable LocalDate day) {
        this.day = day;
    }

    /**
     * No reservation: every attempt reserves its own.
     * @return the empty reservation
     */
    static Prepaid none() {
        return NONE;
    }

    /**
     * A request reserved on a court's day.
     * @param day the day it counts on
     * @return the reservation
     */
    static Prepaid on(LocalDate day) {
        return new Prepaid(day);
    }

    /**
     * Takes the reservation for a call to the model.
     * @return true when there was one not yet taken; false means the call reserves its
     * own
     */
    boolean take() {
        return this.day != null && this.taken.compareAndSet(false, true);
    }

    /**
     * Closes the reservation once the message is answered.
     * @return the day to give the unused request back to, or {@code null} when there was
     * none or a call took it
     */
    @Nullable LocalDate giveBack() {
        return take() ? this.day : null;
    }

}
