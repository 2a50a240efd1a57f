package br.jus.tjes.cariacica.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The results of recent searches, keyed by the query as folded for PostgreSQL (so
 * "Certidão?" and "certidao" share an entry), in memory on each instance: a repeated
 * question or {@code /busca} query costs no SQL. Cleared once any write to the index or
 * its vocabulary commits on this instance, and when the content caches are cleared (an
 * edit seen here or on another instance, through the content revision). The expiry bounds
 * what no clear reaches: a synonym edited on another instance, or an index rebuilt there
 * just after this instance saw the revision move. Bounded by an estimate of its bytes.
 * <p>
 * One search per key at a time: callers that miss while another caller's search of the
 * same key runs wait for its result instead of running the same statement. Without this,
 * a popular question's entry expiring under load sent every concurrent asker to the
 * database at once (each taking one of the chat's database slots), and the answers of
 * that moment waited behind the same search run dozens of times.
 */
@Component
class SearchResultCache {

    /** How long an entry lives at most (see the class comment). */
    static final Duration EXPIRY = Duration.ofSeconds(30);

    /** About 16 MB: a /busca page of ten hits weighs some 40 kB. */
    static final long MAX_CHARS = 8_000_000;

    private final Cache<Key, Object> results = Caffeine.newBuilder()
        .maximumWeight(MAX_CHARS)
        .weigher(SearchResultCache::weight)
        .expireAfterWrite(EXPIRY)
        .build();

    /** The searches running now, by key: whoever misses next waits for them. */
    private final ConcurrentMap<Key, CompletableFuture<Object>> running = new ConcurrentHashMap<>();

    /** Moves on every clear: a result computed across a clear is not kept. */
    private final AtomicLong generation = new AtomicLong();

    /** Searches that ran their statement. */
    private final LongAdder searches = new LongAdder();

    /**
     * The cached result for the key, the result of the same search another caller is
     * running, or the computed one (kept unless the cache was cleared while it was
     * computed).
     * @param <T> the result's type
     * @param key what was searched, folded
     * @param search the search, when the result is neither cached nor being computed
     * @return the result
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<T> search) {
        Object cached = this.results.getIfPresent(key);
        if (cached != null) {
            return (T) cached;
        }
        var mine = new CompletableFuture<Object>();
        CompletableFuture<Object> other = this.running.putIfAbsent(key, mine);
        if (other != null) {
            return awaitOrSearch(key, other, search);
        }
        try {
            // The search that was running may have finished between the two looks.
            cached = this.results.getIfPresent(key);
            T result = (cached != null) ? (T) cached : searchAndKeep(key, search);
            mine.complete(result);
            return result;
        }
        catch (RuntimeException | Error ex) {
            mine.completeExceptionally(ex);
            throw ex;
        }
        finally {
            this.running.remove(key, mine);
        }
    }

    /**
     * The other caller's result; if its search failed (its admission refused it, say),
     * this caller searches for itself, as it would have without the other.
     */
    @SuppressWarnings("unchecked")
    private <T> T awaitOrSearch(Key key, CompletableFuture<Object> other, Supplier<T> search) {
        try {
            return (T) other.join();
        }
        catch (CompletionException | CancellationException ex) {
            return searchAndKeep(key, search);
        }
    }

    private <T> T searchAndKeep(Key key, Supplier<T> search) {
        long before = this.generation.get();
        this.searches.increment();
        T result = search.get();
        if (this.generation.get() == before) {
            this.results.put(key, result);
            if (this.generation.get() != before) {
                // A clear ran between the check and the write: it may have missed this
                // entry.
                this.results.invalidate(key);
            }
        }
        return result;
    }

    /** Drops every result now and, inside a transaction, once more after it commits. */
    void clear() {
        clearNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clearNow();
                }
            });
        }
    }

    private void clearNow() {
        this.generation.incrementAndGet();
        this.results.invalidateAll();
    }

    /**
     * Searches that ran SQL so far.
     * @return the count
     */
    long misses() {
        return this.searches.sum();
    }

    private static int weight(Key key, Object value) {
        long chars = key.text().length() + 64L;
        List<SearchHit> hits = (value instanceof Page page) ? page.hits()
                : (value instanceof List<?> list) ? list.stream().map(SearchHit.class::cast).toList() : List.of();
        for (SearchHit hit : hits) {
            chars += 128 + hit.title().length() + hit.url().length() + hit.snippetHtml().length()
                    + hit.passage().length();
        }
        return (int) Math.min(chars, Integer.MAX_VALUE);
    }

    /**
     * What was searched: the kind of search, its folded words and its bounds.
     *
     * @param kind which search ({@code busca} or {@code assistant})
     * @param text the folded query, with its weights when it has any
     * @param limit how many hits at most
     * @param offset how many hits skipped
     */
    record Key(String kind, String text, int limit, long offset) {
    }

    /**
     * One page of {@code /busca} results, without the query as typed.
     *
     * @param hits the page's hits
     * @param total how many documents matched
     * @param relaxed whether the hits have only some of the words
     */
    record Page(List<SearchHit> hits, long total, boolean relaxed) {
    }

}
