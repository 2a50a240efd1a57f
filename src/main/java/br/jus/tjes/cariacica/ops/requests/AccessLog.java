package br.jus.tjes.cariacica.ops.requests;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.servlet.DispatcherServlet;

/**
 * One line per finished request (method, path without query values, status, duration,
 * request id), at WARN when slower than the threshold, and the request's meters: its
 * duration, the slow ones, and errors by kind.
 */
class AccessLog {

    static final String LOGGER = "br.jus.tjes.cariacica.ops.access";

    private static final Logger access = LoggerFactory.getLogger(LOGGER);

    private static final int MAX_LOGGED = 200;

    private static final String ALLOWED_SYMBOLS = "/._~%!$'()*+,;:@-";

    private final Duration slowThreshold;

    private final MeterRegistry meters;

    private final RecentTraffic traffic;

    private final Timer latency;

    private final Counter slow;

    AccessLog(Duration slowThreshold, MeterRegistry meters, RecentTraffic traffic) {
        this.slowThreshold = slowThreshold;
        this.meters = meters;
        this.traffic = traffic;
        // Percentiles over a sliding five minutes, for the dashboard's "p95 in the last
        // minutes".
        this.latency = Timer.builder("court.requests")
            .description("Duration of every request, as the site's first filter sees it")
            .publishPercentiles(0.95, 0.99)
            .distributionStatisticExpiry(Duration.ofMinutes(RecentTraffic.MINUTES))
            .distributionStatisticBufferLength(RecentTraffic.MINUTES)
            .register(meters);
        this.slow = Counter.builder("court.requests.slow")
            .description("Requests slower than court.ops.slow-request-threshold")
            .register(meters);
    }

    void completed(HttpServletRequest request, int status, long start) {
        long nanos = System.nanoTime() - start;
        this.latency.record(nanos, TimeUnit.NANOSECONDS);
        this.traffic.record(status);
        countError(request, status);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        String path = pathOf(request);
        String id = (String) request.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (nanos > this.slowThreshold.toNanos()) {
            this.slow.increment();
            access.warn("{} {} {} {}ms requestId={} lento (limite {}ms)", request.getMethod(), path, status, millis, id,
                    this.slowThreshold.toMillis());
        }
        else {
            access.info("{} {} {} {}ms requestId={}", request.getMethod(), path, status, millis, id);
        }
    }

    /**
     * Client errors by status; server errors by the exception that caused them, when
     * there was one.
     */
    private void countError(HttpServletRequest request, int status) {
        if (status < 400) {
            return;
        }
        String exception = "none";
        if (status >= 500) {
            Object failure = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
            if (failure == null) {
                failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            }
            if (failure instanceof Throwable throwable) {
                exception = throwable.getClass().getSimpleName();
            }
        }
        this.meters
            .counter("court.http.errors", "kind", (status >= 500) ? "server" : "client", "status",
                    Integer.toString(status), "exception", exception)
            .increment();
    }

    /**
     * The path and the names of the query parameters, never their values (they may be
     * personal data).
     */
    static String pathOf(HttpServletRequest request) {
        String path = clean(request.getRequestURI());
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return path;
        }
        var names = new StringBuilder();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = clean((equals < 0) ? pair : pair.substring(0, equals));
            if (!name.isEmpty()) {
                names.append(names.isEmpty() ? "?" : "&").append(name).append("=…");
            }
        }
        return path + names;
    }

    /**
     * Characters other than {@code [A-Za-z0-9/._~%!$'()*+,;:@-]} become {@code _}, so a
     * path cannot forge a log line; at most 200 are kept. A loop over the characters, not
     * a regular expression: it runs for every request and costs well under a microsecond.
     */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int length = Math.min(value.length(), MAX_LOGGED);
        char[] cleaned = null;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!allowed(c)) {
                if (cleaned == null) {
                    cleaned = value.substring(0, length).toCharArray();
                }
                cleaned[i] = '_';
            }
        }
        String result = (cleaned != null) ? new String(cleaned) : value.substring(0, length);
        return (value.length() > MAX_LOGGED) ? result + "…" : result;
    }

    private static boolean allowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ALLOWED_SYMBOLS.indexOf(c) >= 0;
    }

}
