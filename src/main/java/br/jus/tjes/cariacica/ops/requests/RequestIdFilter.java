package br.jus.tjes.cariacica.ops.requests;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The first filter every request meets. It gives the request an id (the caller's {@code X-Request-Id} when it is
 * well formed, a new one otherwise), puts it in the MDC so every log line of the request carries it and in the
 * response header, writes one access-log line when the request ends, and counts slow requests and errors.
 *
 * <p>An exception nobody handled is logged here, once, with the request id, and turned into a 500 that the
 * container renders through the site's error page; it is not rethrown, so the container does not log it again
 * without the id.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private static final Logger access = LoggerFactory.getLogger("br.jus.tjes.cariacica.ops.access");
    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    private final Duration slowThreshold;
    private final MeterRegistry meters;
    private final RecentTraffic traffic;
    private final Timer latency;
    private final Counter slow;

    RequestIdFilter(Duration slowThreshold, MeterRegistry meters, RecentTraffic traffic) {
        this.slowThreshold = slowThreshold;
        this.meters = meters;
        this.traffic = traffic;
        // Percentiles over a sliding five minutes, for the dashboard's "p95 in the last minutes".
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

    static String acceptOrCreate(String candidate) {
        if (candidate != null && VALID_ID.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.REQUEST && request.getAttribute(ATTRIBUTE) != null) {
            // The error page or an async continuation of a request already counted: the same id, no second line.
            continueWithId(request, response, chain);
            return;
        }
        String id = acceptOrCreate(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        }
        catch (IOException | ServletException | RuntimeException ex) {
            unhandled(request, response, ex);
        }
        finally {
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Completion(id, start));
            }
            else {
                completed(request, response.getStatus(), start);
            }
            MDC.remove(MDC_KEY);
        }
    }

    private void continueWithId(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, (String) request.getAttribute(ATTRIBUTE));
        try {
            chain.doFilter(request, response);
        }
        finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            }
            else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    private void unhandled(HttpServletRequest request, HttpServletResponse response, Exception ex)
            throws IOException {
        Throwable cause = ex instanceof ServletException servlet && servlet.getRootCause() != null
                ? servlet.getRootCause() : ex;
        if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
            // The caller went away; nothing to show and nothing wrong on our side.
            log.debug("Cliente desconectou durante {} {}", request.getMethod(), pathOf(request));
            return;
        }
        log.error("Erro não tratado em {} {}", request.getMethod(), pathOf(request), cause);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
        request.setAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE, cause);
        if (!response.isCommitted()) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private void completed(HttpServletRequest request, int status, long start) {
        long nanos = System.nanoTime() - start;
        latency.record(nanos, TimeUnit.NANOSECONDS);
        traffic.record(status);
        countError(request, status);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        String path = pathOf(request);
        String id = (String) request.getAttribute(ATTRIBUTE);
        if (nanos > slowThreshold.toNanos()) {
            slow.increment();
            access.warn("{} {} {} {}ms requestId={} lento (limite {}ms)", request.getMethod(), path, status, millis,
                    id, slowThreshold.toMillis());
        }
        else {
            access.info("{} {} {} {}ms requestId={}", request.getMethod(), path, status, millis, id);
        }
    }

    /** Client errors by status; server errors by the exception that caused them, when there was one. */
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
        meters.counter("court.http.errors",
                "kind", status >= 500 ? "server" : "client",
                "status", Integer.toString(status),
                "exception", exception).increment();
    }

    /** The path and the names of the query parameters, never their values (they may be personal data). */
    static String pathOf(HttpServletRequest request) {
        String path = clean(request.getRequestURI());
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return path;
        }
        var names = new StringBuilder();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = clean(equals < 0 ? pair : pair.substring(0, equals));
            if (!name.isEmpty()) {
                names.append(names.isEmpty() ? "?" : "&").append(name).append("=…");
            }
        }
        return path + names;
    }

    private static String clean(String value) {
        String cleaned = value == null ? "" : value.replaceAll("[^A-Za-z0-9/._~%!$'()*+,;:@-]", "_");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
    }

    /** The access line of a request whose response is written after its first thread returned. */
    private final class Completion implements AsyncListener {

        private final String id;
        private final long start;

        Completion(String id, long start) {
            this.id = id;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            MDC.put(MDC_KEY, id);
            try {
                completed((HttpServletRequest) event.getSuppliedRequest(),
                        ((HttpServletResponse) event.getSuppliedResponse()).getStatus(), start);
            }
            finally {
                MDC.remove(MDC_KEY);
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
