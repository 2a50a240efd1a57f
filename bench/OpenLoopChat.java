import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
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
 * <p>
 * HTTP/1.1 is written by hand on blocking sockets, one virtual thread per request, for the CPU: the JDK's
 * HttpClient cost 0.5 to 1.1 ms of CPU per request (this, 0.2 to 0.3 ms), so at 650 requests/s the generator took
 * most of the core it shares with PostgreSQL and the fake upstream, and the run measured the generator. Only what
 * the chat API answers is understood: a body by Content-Length or chunked, none compressed (none is asked for),
 * kept-alive connections.
 * bench/chat.sh compiles it with javac first: the source launcher's compilation would count as the generator's CPU.
 */
public final class OpenLoopChat {

    private static final byte[][] BODIES = Arrays
        .stream(new String[] { "Como pego uma certidão?", "O que acontece na audiência de conciliação?",
                "Como peço a justiça gratuita?", "Como funciona o Balcão Virtual?" })
        .map((question) -> "{\"message\": \"%s\"}".formatted(question).getBytes(StandardCharsets.UTF_8))
        .toArray(byte[][]::new);

    private static final long SECOND = 1_000_000_000L;
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger MAX_IN_FLIGHT = new AtomicInteger();
    private static final AtomicLong IN_FLIGHT_SUM = new AtomicLong();
    private static final AtomicLong SAMPLES = new AtomicLong();

    // Kept-alive connections waiting for a request, the most recently used first.
    private static final ConcurrentLinkedDeque<Connection> IDLE = new ConcurrentLinkedDeque<>();
    private static InetSocketAddress server;
    private static String host;
    private static String path;

    // Guards the results below: an answer that arrives once the report has begun is not counted.
    private static final Object LOCK = new Object();
    private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    private static final Map<String, Integer> ERRORS = new TreeMap<>();
    private static long[] latencies;
    private static int ai;
    private static boolean closed;
    private static volatile boolean sampling = true;

    public static void main(String[] args) throws InterruptedException {
        var uri = (args.length == 3) ? URI.create(args[0]) : null;
        if (uri == null || !"http".equals(uri.getScheme())) {
            System.err.println("usage: java bench/OpenLoopChat.java http://HOST:PORT/PATH RATE SECONDS");
            System.exit(2);
        }
        server = new InetSocketAddress(uri.getHost(), (uri.getPort() < 0) ? 80 : uri.getPort());
        host = uri.getHost() + ((uri.getPort() < 0) ? "" : ":" + uri.getPort());
        path = (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        long[] offsets = arrivals(rate, seconds);
        latencies = new long[offsets.length];
        Arrays.fill(latencies, -1);
        // One unmeasured GET first: the first exchange loads its classes, time that the first scheduled requests
        // would otherwise wait for and count as the server's.
        try {
            exchange(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), new byte[0]);
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
            int index = i;
            MAX_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
            Thread.startVirtualThread(() -> send(index, at));
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

    // On the request's own virtual thread.
    private static void send(int index, long scheduled) {
        var random = ThreadLocalRandom.current();
        byte[] body = BODIES[index % BODIES.length];
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nX-Forwarded-For: 10."
                + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255)
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        Response response = null;
        Exception error = null;
        try {
            response = exchange(head.getBytes(StandardCharsets.ISO_8859_1), body);
        }
        catch (IOException | RuntimeException ex) {
            error = ex;
        }
        record(index, scheduled, response, error);
    }

    // On an idle connection if there is one. The server may have closed it while it waited (it then answers nothing:
    // end of stream or a reset), so a reused connection that fails so is retried once on a new one.
    private static Response exchange(byte[] head, byte[] body) throws IOException {
        var idle = IDLE.pollFirst();
        if (idle != null) {
            try {
                return idle.exchange(head, body);
            }
            catch (EOFException | SocketException ex) {
                // closed while idle: a new connection below
            }
        }
        return new Connection().exchange(head, body);
    }

    private static void record(int index, long scheduled, Response response, Exception error) {
        long latency = System.nanoTime() - scheduled;
        synchronized (LOCK) {
            IN_FLIGHT.decrementAndGet();
            if (closed) {
                return;
            }
            if (response == null) {
                ERRORS.merge(error.getClass().getSimpleName(), 1, Integer::sum);
                return;
            }
            latencies[index] = latency;
            STATUSES.merge(response.status(), 1, Integer::sum);
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

    private record Response(int status, String body) {
    }

    /** One keep-alive HTTP/1.1 connection, used by one request at a time. */
    private static final class Connection {

        private final Socket socket = new Socket();
        private final InputStream in;
        private final OutputStream out;

        Connection() throws IOException {
            try {
                this.socket.setTcpNoDelay(true);
                this.socket.connect(server, 5_000);
                // On JDK 25 every timed read wakes the virtual-thread scheduler's timer thread: 0.04 ms a request.
                this.socket.setSoTimeout(35_000);
                this.in = new BufferedInputStream(this.socket.getInputStream());
                this.out = new BufferedOutputStream(this.socket.getOutputStream());
            }
            catch (IOException ex) {
                this.socket.close();
                throw ex;
            }
        }

        // Sends the request, reads the whole answer, and puts the connection back among the idle ones unless the
        // server asked to close it or anything failed.
        Response exchange(byte[] head, byte[] body) throws IOException {
            try {
                this.out.write(head);
                this.out.write(body);
                this.out.flush();
                String statusLine = readLine();
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                    throw new ProtocolException("status line: " + statusLine);
                }
                int status = Integer.parseInt(statusLine, 9, 12, 10);
                boolean keepAlive = statusLine.startsWith("HTTP/1.1");
                boolean chunked = false;
                int length = -1;
                for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        throw new ProtocolException("header: " + line);
                    }
                    String name = line.substring(0, colon).trim();
                    String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                    if (name.equalsIgnoreCase("Content-Length")) {
                        length = Integer.parseInt(value);
                    }
                    else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                        chunked = value.contains("chunked");
                    }
                    else if (name.equalsIgnoreCase("Connection")) {
                        keepAlive &= !value.contains("close");
                    }
                }
                byte[] content;
                if (chunked) {
                    content = readChunked();
                }
                else if (length >= 0) {
                    content = readFully(length);
                }
                else if (status == 204 || status == 304) {
                    content = new byte[0];
                }
                else {
                    content = this.in.readAllBytes();
                    keepAlive = false;
                }
                if (keepAlive) {
                    IDLE.offerFirst(this);
                }
                else {
                    this.socket.close();
                }
                return new Response(status, new String(content, StandardCharsets.UTF_8));
            }
            catch (NumberFormatException ex) {
                this.socket.close();
                throw new ProtocolException("not a number: " + ex.getMessage());
            }
            catch (IOException | RuntimeException ex) {
                this.socket.close();
                throw ex;
            }
        }

        private byte[] readChunked() throws IOException {
            var content = new ByteArrayOutputStream();
            for (int size = chunkSize(readLine()); size > 0; size = chunkSize(readLine())) {
                content.write(readFully(size));
                if (!readLine().isEmpty()) {
                    throw new ProtocolException("no line end after a chunk");
                }
            }
            while (!readLine().isEmpty()) {
                // trailer fields, unused
            }
            return content.toByteArray();
        }

        private static int chunkSize(String line) {
            int extension = line.indexOf(';');
            return Integer.parseInt(((extension < 0) ? line : line.substring(0, extension)).trim(), 16);
        }

        private byte[] readFully(int length) throws IOException {
            byte[] bytes = this.in.readNBytes(length);
            if (bytes.length < length) {
                throw new EOFException("body cut short");
            }
            return bytes;
        }

        // One line of the head or of the chunk framing, in ASCII, without its CRLF.
        private String readLine() throws IOException {
            var line = new StringBuilder(64);
            for (int b = this.in.read(); b != '\n'; b = this.in.read()) {
                if (b < 0) {
                    throw new EOFException("end of stream in the head of an answer");
                }
                line.append((char) b);
            }
            int end = line.length();
            return line.substring(0, (end > 0 && line.charAt(end - 1) == '\r') ? end - 1 : end);
        }

    }

}
