package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Admission control for chat messages, instead of a queue at the connection pool: at most
 * {@code maxInFlight} messages in this instance's pipeline, and at most
 * {@code databaseSlots} of them storing at once (fewer than the pool's connections, so
 * pages, health and tasks always find one). A message that finds no room is refused at
 * once, or after at most {@code databaseWait}: never after a long wait.
 */
final class ChatAdmission {

    private final Semaphore pipeline;

    private final Semaphore database;

    private final Duration databaseWait;

    private final Clock clock;

    private final MeterRegistry registry;

    ChatAdmission(AssistantProperties.Admission settings, Clock clock, MeterRegistry registry) {
        this.pipeline = new Semaphore(settings.maxInFlight());
        this.database = new Semaphore(settings.databaseSlots());
        this.databaseWait = settings.databaseWait();
        this.clock = clock;
        this.registry = registry;
        Gauge
            .builder("court.assistant.chat.in.flight", this.pipeline,
                    (permits) -> settings.maxInFlight() - permits.availablePermits())
            .description("Chat messages in this instance's pipeline")
            .register(registry);
    }

    /**
     * Takes a place in the pipeline, or refuses at once.
     * @return the place, to close when the message is answered
     * @throws ChatOverloadedException when the pipeline is full
     */
    Place enter() {
        if (!this.pipeline.tryAcquire()) {
            throw refused("pipeline-full");
        }
        return this.pipeline::release;
    }

    /**
     * Runs a short database step once a slot is free, waiting at most the admission wait
     * and never past {@code deadline}.
     * @param <T> what the step returns
     * @param deadline the latest moment the step may start
     * @param step the database work (one statement or one short transaction)
     * @return what the step returned
     * @throws ChatOverloadedException when no slot was free in time
     */
    <T> T withDatabase(Instant deadline, Supplier<T> step) {
        Duration left = Duration.between(this.clock.instant(), deadline);
        Duration wait = (left.compareTo(this.databaseWait) < 0) ? left : this.databaseWait;
        try {
            if (!this.database.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)) {
                throw refused("database-busy");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw refused("interrupted");
        }
        try {
            return step.get();
        }
        finally {
            this.database.release();
        }
    }

    private ChatOverloadedException refused(String reason) {
        Counter.builder("court.assistant.chat.refused")
            .description("Chat messages refused by admission control (503), by reason")
            .tag("reason", reason)
            .register(this.registry)
            .increment();
        return new ChatOverloadedException(reason);
    }

    /** A place in the pipeline; closing it frees it. */
    interface Place extends AutoCloseable {

        @Override
        void close();

    }

}
