import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Open-loop load for the chat endpoint: {@code java bench/OpenLoopChat.java URL RATE SECONDS}. wrk is a closed
 * loop (a connection sends again only when its answer arrives; chat.lua's delay() merely pauses after it), so a
 * server that slows down slows the load too and hides its queue. Here requests leave at Poisson arrival instants of
 * mean RATE per second whatever the server does, on as many connections as there are requests in flight, and each
 * latency runs from the instant the request was scheduled, not sent (no coordinated omission). Like chat.lua, each
 * request is a new conversation from its own citizen address. Prints one line per 5 s window of scheduled time,
 * then one OPEN_LOOP line for bench/chat.sh.
 */
public final class OpenLoopChat {

    private static final String[] QUESTIONS = { "Como pego uma certidão?",
            "O que acontece na audiência de conciliação?", "Como peço a justiça gratuita?",
            "Como funciona o Balcão Virtual?" };

    private static final long SECOND = 1_000_000_000L;
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger MAX_IN_FLIGHT = new AtomicInteger();
    private static final AtomicLong IN_FLIGHT_SUM = new AtomicLong();
    private static final AtomicLong SAMPLES = new AtomicLong();

    // Guards the results below: an answer that arrives once the report has begun is not counted.
    private static final Object LOCK = new Object();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static final Map<String, Integer> ERRORS = new TreeMap<>();
    private static long[] latencies;
    private static int ai;
    private static boolean closed;
    private static volatile boolean sampling = true;

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: java bench/OpenLoopChat.java URL RATE SECONDS");
            System.exit(2);
        }
        var uri = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        long[] offsets = arrivals(rate, seconds);
        latencies = new long[offsets.length];
        Arrays.fill(latencies, -1);
        var client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
        // One unmeasured GET first: the client's first request loads its classes, about 100 ms that the first
        // scheduled requests would otherwise wait for and count as the server's.
        try {
            client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        }
        catch (IOException ex) {
            System.err.println("warm-up request failed: " + ex);
        }
        Thread.ofPlatform().daemon().start(OpenLoopChat::sample);
        long start = System.nanoTime() + SECOND / 10;
        long maxLag = 0;
        for (int i = 0; i < offsets.length; i++) {
            long at = start + offsets[i];
            parkUntil(at);
            maxLag = Math.max(maxLag, System.nanoTime() - at);
            send(client, uri, i, at);
        }
        parkUntil(start + seconds * SECOND);
        sampling = false;
        long deadline = System.nanoTime() + 40 * SECOND;
        while (IN_FLIGHT.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        synchronized (LOCK) {
            closed = true;
            report(offsets, seconds, maxLag);
        }
        client.shutdownNow();
    }

    // Poisson arrivals: exponential gaps of mean 1/rate, as nanoseconds from the start.
    private static long[] arrivals(double rate, int seconds) {
        long[] offsets = new long[(int) (rate * seconds * 1.1) + 64];
        int count = 0;
        for (double t = gap(rate); t < seconds; t += gap(rate)) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = (long) (t * SECOND);
        }
        return Arrays.copyOf(offsets, count);
    }

    private static double gap(double rate) {
        return -Math.log(1 - ThreadLocalRandom.current().nextDouble()) / rate;
    }

    private static void parkUntil(long instant) {
        for (long wait = instant - System.nanoTime(); wait > 0; wait = instant - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    private static void send(HttpClient client, URI uri, int index, long scheduled) {
        var random = ThreadLocalRandom.current();
        var address = "10.%d.%d.%d".formatted(random.nextInt(256), random.nextInt(256), random.nextInt(1, 255));
        var body = "{\"message\": \"%s\"}".formatted(QUESTIONS[index % QUESTIONS.length]);
        var request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(35))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        MAX_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
        try {
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> record(index, scheduled, response, error));
        }
        catch (RuntimeException ex) {
            record(index, scheduled, null, ex);
        }
    }

    private static void record(int index, long scheduled, HttpResponse<String> response, Throwable error) {
        long latency = System.nanoTime() - scheduled;
        synchronized (LOCK) {
            IN_FLIGHT.decrementAndGet();
            if (closed) {
                return;
            }
            if (response == null) {
                var cause = (error.getCause() != null) ? error.getCause() : error;
                ERRORS.merge(cause.getClass().getSimpleName(), 1, Integer::sum);
                return;
            }
            latencies[index] = latency;
            STATUSES.merge(response.statusCode(), 1, Integer::sum);
            if (response.body().contains("\"mode\":\"ai\"")) {
                ai++;
            }
        }
    }

    // The number in flight every 100 ms while sending (not while the last answers drain).
    private static void sample() {
        while (sampling) {
            LockSupport.parkNanos(SECOND / 10);
            IN_FLIGHT_SUM.addAndGet(IN_FLIGHT.get());
            SAMPLES.incrementAndGet();
        }
    }

    // Holding LOCK. A request neither answered nor failed 40 s after the last was sent counts as an error.
    private static void report(long[] offsets, int seconds, long maxLag) {
        for (long from = 0; from < seconds * SECOND; from += 5 * SECOND) {
            long lower = from;
            long[] window = IntStream.range(0, offsets.length)
                .filter((i) -> offsets[i] >= lower && offsets[i] < lower + 5 * SECOND && latencies[i] >= 0)
                .mapToLong((i) -> latencies[i])
                .sorted()
                .toArray();
            print("window %d-%ds n=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f", from / SECOND,
                    Math.min(seconds, from / SECOND + 5), window.length, ms(window, 0.5), ms(window, 0.99),
                    ms(window, 1));
        }
        long[] all = Arrays.stream(latencies).filter((latency) -> latency >= 0).sorted().toArray();
        int non2xx = STATUSES.entrySet()
            .stream()
            .filter((entry) -> entry.getKey() < 200 || entry.getKey() > 299)
            .mapToInt(Map.Entry::getValue)
            .sum();
        int failed = ERRORS.values().stream().mapToInt(Integer::intValue).sum();
        print("statuses %s errors %s unanswered=%d scheduler_max_lag_ms=%.2f", STATUSES, ERRORS,
                offsets.length - all.length - failed, maxLag / 1e6);
        print("OPEN_LOOP sent=%d completed=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f"
                + " non2xx=%d errors=%d ai=%d max_in_flight=%d mean_in_flight=%.1f", offsets.length, all.length,
                all.length / (double) seconds, ms(all, 0.5), ms(all, 0.9), ms(all, 0.99), ms(all, 0.999),
                ms(all, 1), non2xx, offsets.length - all.length, ai, MAX_IN_FLIGHT.get(),
                IN_FLIGHT_SUM.get() / (double) Math.max(1, SAMPLES.get()));
    }

    // Nearest rank on sorted nanoseconds, in milliseconds.
    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
    }

}
