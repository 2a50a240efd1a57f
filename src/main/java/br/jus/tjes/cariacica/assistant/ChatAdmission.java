package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Admission control for chat messages, instead of a queue at the connection pool: at most
 * {@code maxInFlight} messages in this instance's pipeline, and at most
 * {@code databaseSlots} of them using the database at once, storing or searching (fewer
 * than the pool's connections, so pages, health and tasks always find one). A message
 * that finds no room is refused at once, or after at most {@code databaseWait}: never
 * after a long wait. Storing an answer already made waits longer (until the citizen's
 * deadline): refusing it would throw the model's work away and make the citizen ask
 * again, the retry storm that overloads the instance further.
 *
 * <p>
 * When the pipeline holds more messages than there are slots, the database steps run on
 * {@code databaseSlots} platform threads of their own, not on the message's virtual
 * thread: with one core, every virtual thread shares one carrier, and a step whose
 * statement had returned waited behind every runnable message (a burst of 1,500 of them)
 * before it could release its slot, so a slot was held for the length of that queue
 * instead of the statement's fraction of a millisecond, and the admission wait ran out
 * (docs/PERFORMANCE.md). The operating system schedules these threads beside the carrier,
 * so a slot is held about as long as its statement takes. A step still queued when the
 * wait ends is dropped; one already running is seen through. With no more messages than
 * slots, that queue is short, and a step runs on the message's own thread when a slot is
 * free, sparing the two thread switches of the hand-over: alternated in one JVM, the
 * application and PostgreSQL spent 8 to 10 % less CPU per knowledge-base message
 * (docs/PERFORMANCE.md, session 16). Both kinds of step take their slot from the same
 * {@code databaseSlots} permits.
 *
 * <p>
 * The message waits for its step without a timeout; one sweeper thread refuses, every
 * {@link #SWEEP}, the steps still queued past their wait. A timed wait of a virtual
 * thread schedules a timer task and cancels it, waking the pool's timer thread twice per
 * wait: with the connection pool's own timed waits, 6.7 % of the CPU of the
 * 1,500-conversation benchmark (docs/PERFORMANCE.md). The sweeper wakes every
 * {@link #SWEEP} even when idle, and looks at the queue only when it holds a step.
 */
@Component
final class ChatAdmission implements DisposableBean {

    /**
     * How often the steps that waited their whole wait in the queue are refused: a
     * refusal comes at most this much after the wait.
     */
    static final Duration SWEEP = Duration.ofMillis(50);

    /** Why a database step found no slot in time. */
    static final String DATABASE_BUSY = "database-busy";

    private final Semaphore pipeline;

    private final int maxInFlight;

    private final Semaphore slots;

    private final int databaseSlots;

    private final ThreadPoolExecutor database;

    private final Duration databaseWait;

    private final ScheduledExecutorService sweeper;

    private final Clock clock;

    private final MeterRegistry registry;

    @Autowired
    ChatAdmission(AssistantProperties properties, Clock clock, MeterRegistry registry) {
        this(properties.admission(), clock, registry);
    }

    ChatAdmission(AssistantProperties.Admission settings, Clock clock, MeterRegistry registry) {
        this.pipeline = new Semaphore(settings.maxInFlight());
        this.maxInFlight = settings.maxInFlight();
        this.slots = new Semaphore(settings.databaseSlots());
        this.databaseSlots = settings.databaseSlots();
        this.database = new ThreadPoolExecutor(settings.databaseSlots(), settings.databaseSlots(), 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), Thread.ofPlatform().name("chat-db-", 1).daemon().factory());
        this.database.allowCoreThreadTimeOut(true);
        this.sweeper = Executors
            .newSingleThreadScheduledExecutor(Thread.ofPlatform().name("chat-admission-sweeper").daemon().factory());
        this.sweeper.scheduleWithFixedDelay(this::sweep, SWEEP.toNanos(), SWEEP.toNanos(), TimeUnit.NANOSECONDS);
        this.databaseWait = settings.databaseWait();
        this.clock = clock;
        this.registry = registry;
        Gauge.builder("court.assistant.chat.in.flight", this, ChatAdmission::inFlight)
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
        return counted(until(deadline), step);
    }

    /**
     * Runs the step a call to the model needs first (reserving the day's budget) once a
     * slot is free, like the message's other steps, waiting at most the admission wait
     * and never past {@code deadline}. Run on the message's thread outside the slots, it
     * held its pool connection while the message waited for the carrier, and at 1,500
     * conversations hundreds of messages queued at the pool behind it
     * (docs/PERFORMANCE.md, session 17). Without a slot in time the message does without
     * the model: that is not a refusal, so it is not counted as one.
     * @param <T> what the step returns
     * @param deadline the latest moment the step may start
     * @param step the database work (one statement)
     * @return what the step returned, or {@code null} when no slot was free in time
     */
    <T> @Nullable T beforeTheModel(Instant deadline, Supplier<T> step) {
        try {
            return withDatabase(until(deadline), step);
        }
        catch (ChatOverloadedException ex) {
            return null;
        }
    }

    /**
     * Runs the search of a message already admitted, once a slot is free, waiting at most
     * the admission wait: retrieval takes a pool connection too (when its result is not
     * cached), so it counts against the same slots.
     * @param <T> what the search returns
     * @param search the search
     * @return what it returned
     * @throws ChatOverloadedException when no slot was free in time
     */
    <T> T searching(Supplier<T> search) {
        return counted(this.databaseWait, search);
    }

    /**
     * Stores what is already answered once a slot is free, waiting until the deadline
     * (not only the admission wait): the work is done, only its storing is left.
     * @param <T> what the step returns
     * @param deadline the latest moment the step may start
     * @param step the database work (one statement)
     * @return what the step returned
     * @throws ChatOverloadedException when no slot was free before the deadline
     */
    <T> T finishing(Instant deadline, Supplier<T> step) {
        return counted(Duration.between(this.clock.instant(), deadline), step);
    }

    // The admission wait, or less when the deadline comes first.
    private Duration until(Instant deadline) {
        Duration left = Duration.between(this.clock.instant(), deadline);
        return (left.compareTo(this.databaseWait) < 0) ? left : this.databaseWait;
    }

    // A step the message cannot go on without: no slot in time is a refusal, counted.
    private <T> T counted(Duration wait, Supplier<T> step) {
        try {
            return withDatabase(wait, step);
        }
        catch (ChatOverloadedException ex) {
            count(ex.getMessage());
            throw ex;
        }
    }

    private <T> T withDatabase(Duration wait, Supplier<T> work) {
        // A short pipeline: on the message's own thread (see the class comment).
        if (wait.isPositive() && inFlight() <= this.databaseSlots && this.slots.tryAcquire()) {
            try {
                return work.get();
            }
            finally {
                this.slots.release();
            }
        }
        var step = new Step<>(work, System.nanoTime() + Math.max(0, wait.toNanos()));
        this.database.execute(step);
        try {
            if (wait.isPositive()) {
                // An untimed wait: the sweeper refuses the step if no slot takes it in
                // time.
                return step.result.get();
            }
            try {
                return step.result.get(0, TimeUnit.NANOSECONDS);
            }
            catch (TimeoutException ex) {
                if (step.take()) {
                    this.database.remove(step);
                    throw new ChatOverloadedException(DATABASE_BUSY);
                }
                // Already running: a statement once sent is seen through.
                return step.result.get();
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            step.take();
            throw new ChatOverloadedException("interrupted");
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }

    private int inFlight() {
        return this.maxInFlight - this.pipeline.availablePermits();
    }

    // Refuses the queued steps whose wait is over; a step a slot has taken is seen
    // through.
    private void sweep() {
        if (this.database.getQueue().isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        for (Runnable queued : this.database.getQueue()) {
            if (queued instanceof Step<?> step && now - step.deadline >= 0 && step.take()) {
                this.database.remove(step);
                step.result.completeExceptionally(new ChatOverloadedException(DATABASE_BUSY));
            }
        }
    }

    @Override
    public void destroy() {
        this.sweeper.shutdown();
        this.database.shutdown();
    }

    private ChatOverloadedException refused(String reason) {
        count(reason);
        return new ChatOverloadedException(reason);
    }

    private void count(String reason) {
        Counter.builder("court.assistant.chat.refused")
            .description("Chat messages refused by admission control (503), by reason")
            .tag("reason", reason)
            .register(this.registry)
            .increment();
    }

    /**
     * A database step waiting for a slot or running in one: whichever takes it first, a
     * slot or the sweeper, decides whether it runs.
     */
    private final class Step<T> implements Runnable {

        private final Supplier<T> work;

        private final long deadline;

        private final AtomicBoolean taken = new AtomicBoolean();

        private final CompletableFuture<T> result = new CompletableFuture<>();

        private Step(Supplier<T> work, long deadline) {
            this.work = work;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            // A permit first: steps run on the messages' own threads may hold some
            // (only while the pipeline is short, so this rarely waits).
            if (!slot()) {
                if (take()) {
                    this.result.completeExceptionally(new ChatOverloadedException(DATABASE_BUSY));
                }
                return;
            }
            try {
                // Skipped when the message gave up waiting for it.
                if (take()) {
                    this.result.complete(this.work.get());
                }
            }
            catch (Throwable ex) {
                this.result.completeExceptionally(ex);
            }
            finally {
                ChatAdmission.this.slots.release();
            }
        }

        private boolean slot() {
            try {
                return ChatAdmission.this.slots.tryAcquire(Math.max(0, this.deadline - System.nanoTime()),
                        TimeUnit.NANOSECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private boolean take() {
            return this.taken.compareAndSet(false, true);
        }

    }

    /** A place in the pipeline; closing it frees it. */
    interface Place extends AutoCloseable {

        @Override
        void close();

    }

}
