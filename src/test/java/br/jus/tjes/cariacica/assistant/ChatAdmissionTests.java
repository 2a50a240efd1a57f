package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatAdmissionTests {

    private final Clock clock = Clock.systemUTC();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aFullPipelineRefusesAtOnceAndTakesMessagesAgainWhenOneIsAnswered() {
        var admission = new ChatAdmission(new AssistantProperties.Admission(10, 1, 5, Duration.ofSeconds(1)),
                this.clock, this.registry);
        var first = admission.enter();

        long started = System.nanoTime();
        assertThatThrownBy(admission::enter).isInstanceOf(ChatOverloadedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
        assertThat(this.registry.counter("court.assistant.chat.refused", "reason", "pipeline-full").count())
            .isEqualTo(1);

        first.close();
        admission.enter().close();
    }

    @Test
    void noStoringSlotWithinTheWaitIsARefusalAfterTheWaitNotAQueue() throws Exception {
        var admission = new ChatAdmission(new AssistantProperties.Admission(10, 10, 1, Duration.ofMillis(300)),
                this.clock, this.registry);
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = CompletableFuture
            .runAsync(() -> admission.withDatabase(this.clock.instant().plusSeconds(5), () -> {
                holding.countDown();
                await(release);
                return null;
            }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        assertThatThrownBy(() -> admission.withDatabase(this.clock.instant().plusSeconds(25), () -> "stored"))
            .isInstanceOf(ChatOverloadedException.class);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(waited).isBetween(Duration.ofMillis(250), Duration.ofMillis(1000));
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(admission.withDatabase(this.clock.instant().plusSeconds(5), () -> "stored")).isEqualTo("stored");
    }

    @Test
    void aDeadlineAlreadyPastGetsNoWaitAtAll() {
        var admission = new ChatAdmission(new AssistantProperties.Admission(10, 10, 1, Duration.ofSeconds(1)),
                this.clock, this.registry);
        var blocker = new CountDownLatch(1);
        var holder = CompletableFuture
            .runAsync(() -> admission.withDatabase(this.clock.instant().plusSeconds(5), () -> await(blocker)));
        try {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                long started = System.nanoTime();
                assertThatThrownBy(() -> admission.withDatabase(this.clock.instant().minusSeconds(1), () -> "late"))
                    .isInstanceOf(ChatOverloadedException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
            });
        }
        finally {
            blocker.countDown();
            holder.join();
        }
    }

    @Test
    void aShortPipelineStoresOnTheMessagesOwnThreadALongOneOnTheDatabaseThreads() {
        var admission = new ChatAdmission(new AssistantProperties.Admission(10, 10, 2, Duration.ofSeconds(1)),
                this.clock, this.registry);
        var places = new ArrayList<ChatAdmission.Place>();
        places.add(admission.enter());
        places.add(admission.enter());
        Thread caller = Thread.currentThread();

        assertThat(admission.withDatabase(this.clock.instant().plusSeconds(5), Thread::currentThread)).isSameAs(caller);

        places.add(admission.enter());
        Thread worker = admission.withDatabase(this.clock.instant().plusSeconds(5), Thread::currentThread);
        assertThat(worker).isNotSameAs(caller);
        assertThat(worker.getName()).startsWith("chat-db-");
        places.forEach(ChatAdmission.Place::close);
    }

    private static Object await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

}
