package br.jus.tjes.cariacica.ops.requests;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The first filter every request meets. It gives the request an id (the caller's
 * {@code X-Request-Id} when it is well formed, a new one otherwise), puts it in the MDC
 * so every log line of the request carries it and in the response header, and has
 * {@link AccessLog} write one line and count the request when it ends.
 *
 * <p>
 * An exception nobody handled is logged here, once, with the request id, and turned into
 * a 500 that the container renders through the site's error page (503 when the database
 * cannot be reached); it is not rethrown, so the container does not log it again without
 * the id.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /**
     * How long a client is asked to wait after a 503 of a database outage (PostgreSQL
     * restarts take seconds).
     */
    private static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    private final AccessLog accessLog;

    RequestIdFilter(Duration slowThreshold, MeterRegistry meters, RecentTraffic traffic) {
        this.accessLog = new AccessLog(slowThreshold, meters, traffic);
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
            // The error page or an async continuation of a request already counted: the
            // same id, no second line.
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
                this.accessLog.completed(request, response.getStatus(), start);
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
        catch (IOException | ServletException | RuntimeException ex) {
            // An asynchronous request's work (the chat API's) failed on its own thread
            // and is rethrown in this dispatch: handled as it would have been on the
            // request's first one (a database outage is a 503, not a 500).
            if (request.getDispatcherType() != DispatcherType.ASYNC) {
                throw ex;
            }
            unhandled(request, response, ex);
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

    private void unhandled(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
        Throwable cause = (ex instanceof ServletException servlet && servlet.getRootCause() != null)
                ? servlet.getRootCause() : ex;
        if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
            // The caller went away; nothing to show and nothing wrong on our side.
            log.debug("Cliente desconectou durante {} {}", request.getMethod(), AccessLog.pathOf(request));
            return;
        }
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (DatabaseUnavailable.causedBy(cause)) {
            // A database outage is not a bug: 503 (the Portuguese page or problem+json)
            // and one line, no stack trace.
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            log.warn("Banco de dados indisponível em {} {}: {}", request.getMethod(), AccessLog.pathOf(request),
                    cause.toString());
        }
        else {
            log.error("Erro não tratado em {} {}", request.getMethod(), AccessLog.pathOf(request), cause);
        }
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, cause);
        request.setAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE, cause);
        if (!response.isCommitted()) {
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            response.sendError(status);
        }
    }

    /**
     * The access line of a request whose response is written after its first thread
     * returned.
     */
    private final class Completion implements AsyncListener {

        private final String id;

        private final long start;

        Completion(String id, long start) {
            this.id = id;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            MDC.put(MDC_KEY, this.id);
            try {
                RequestIdFilter.this.accessLog.completed((HttpServletRequest) event.getSuppliedRequest(),
                        ((HttpServletResponse) event.getSuppliedResponse()).getStatus(), this.start);
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
