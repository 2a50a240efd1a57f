package br.jus.tjes.cariacica.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Callers that miss the same key while its search runs wait for that search instead of
 * running the statement again (a popular question's entry expiring under load), and a
 * failed search does not fail the callers that waited for it.
 */
class SearchResultCacheSingleFlightTests {

    private static final SearchResultCache.Key KEY = new SearchResultCache.Key("assistant", "certida", 5, 0);

    private static final SearchHit HIT = hit("certidao");

    private static final SearchHit OWN = hit("a-propria-busca");

    private final SearchResultCache cache = new SearchResultCache();

    @Test
    void callersThatMissWhileTheSameSearchRunsShareItsResult() throws Exception {
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var statements = new AtomicInteger();
        Supplier<List<SearchHit>> search = () -> {
            statements.incrementAndGet();
            started.countDown();
            block(release);
            return List.of(HIT);
        };
        var first = CompletableFuture.supplyAsync(() -> this.cache.get(KEY, search));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        List<Thread> others = new ArrayList<>();
        List<CompletableFuture<List<SearchHit>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var answer = new CompletableFuture<List<SearchHit>>();
            answers.add(answer);
            others.add(Thread.ofPlatform().start(() -> answer.complete(this.cache.get(KEY, search))));
        }
        // Every other caller is parked: waiting for the running search, or (without the
        // single flight) inside a statement of its own, blocked on the same latch.
        await().atMost(Duration.ofSeconds(10))
            .until(() -> others.stream().allMatch((thread) -> thread.getState() == Thread.State.WAITING));

        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(HIT);
        for (var answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly(HIT);
        }
        assertThat(statements).as("statements run for one key").hasValue(1);
        assertThat(this.cache.misses()).isEqualTo(1);
        assertThat(this.cache.<List<SearchHit>>get(KEY, search)).as("kept").containsExactly(HIT);
        assertThat(statements).hasValue(1);
    }

    @Test
    void whenTheRunningSearchFailsTheWaitingCallerSearchesForItself() throws Exception {
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        Supplier<List<SearchHit>> refused = () -> {
            started.countDown();
            block(release);
            throw new IllegalStateException("no database slot in time");
        };
        var first = CompletableFuture.supplyAsync(() -> this.cache.get(KEY, refused));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        var second = new CompletableFuture<List<SearchHit>>();
        Thread waiting = Thread.ofPlatform().start(() -> second.complete(this.cache.get(KEY, () -> List.of(OWN))));
        await().atMost(Duration.ofSeconds(10)).until(() -> waiting.getState() == Thread.State.WAITING);

        release.countDown();

        assertThat(first).failsWithin(Duration.ofSeconds(10));
        assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(OWN);
    }

    private static SearchHit hit(String key) {
        return new SearchHit("faq", key, "Certidão", "/perguntas-frequentes#" + key, "", "Como pedir a certidão.", 1);
    }

    private static void block(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
