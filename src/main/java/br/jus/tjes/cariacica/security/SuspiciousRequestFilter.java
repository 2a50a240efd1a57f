package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, and records on the audit trail, the attack patterns that get past
 * Tomcat: path traversal in the path or the query (also percent-encoded, also twice),
 * CR/LF or NUL smuggled percent-encoded into the query or a header (response splitting),
 * and oversized header values. It runs before every security filter chain, so the
 * actuator's chain is covered too. Tomcat itself answers 400 before the application for a
 * raw CR/LF or control character in a header, a request head over
 * {@code server.max-http-request-header-size}, invalid percent-encoding and a path that
 * climbs above the root; Spring Security's firewall refuses encoded slashes, backslashes
 * and semicolons in the path ({@link AuditingRequestRejectedHandler} records those).
 */
class SuspiciousRequestFilter extends OncePerRequestFilter {

    /**
     * A browser's longest honest header value (a long Referer) stays well under this;
     * cookies are exempt.
     */
    static final int MAX_HEADER_VALUE_LENGTH = 4096;

    private final SuspiciousRequestRecorder recorder;

    SuspiciousRequestFilter(SuspiciousRequestRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> reason = suspicion(request);
        if (reason.isPresent()) {
            this.recorder.record(request.getMethod(), request.getRequestURI(), reason.get(), request.getRemoteAddr());
            SiteHeaders.writeTo(request, response);
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | RuntimeException ex) {
            // Tomcat parses parameters lazily, and refuses bytes that are not UTF-8 (in
            // the query or a form body)
            // only when the first filter or controller asks for one: that is the client's
            // error, not a 500.
            if (!isInvalidParameter(ex) || response.isCommitted()) {
                throw ex;
            }
            SiteHeaders.writeTo(request, response);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static boolean isInvalidParameter(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> suspicion(HttpServletRequest request) {
        if (isTraversal(request.getRequestURI())) {
            return Optional.of("path traversal no caminho");
        }
        String query = request.getQueryString();
        if (query != null) {
            if (isTraversal(query)) {
                return Optional.of("path traversal nos parâmetros");
            }
            if (hasLineBreakOrNul(decoded(query))) {
                return Optional.of("quebra de linha ou NUL nos parâmetros");
            }
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            if (HttpHeaders.COOKIE.equalsIgnoreCase(name)) {
                continue;
            }
            for (String value : Collections.list(request.getHeaders(name))) {
                if (value.length() > MAX_HEADER_VALUE_LENGTH) {
                    return Optional.of("cabeçalho grande demais: " + name);
                }
                if (hasLineBreakOrNul(value) || hasLineBreakOrNul(decoded(value))) {
                    return Optional.of("injeção de cabeçalho: " + name);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isTraversal(String raw) {
        String value = decoded(raw).replace('\\', '/');
        return value.contains("/../") || value.startsWith("../") || value.endsWith("/..") || value.equals("..")
                || value.contains("=../") || value.contains("=..&") || value.endsWith("=..") || value.contains("..;/")
                || value.contains("/..;");
    }

    private static boolean hasLineBreakOrNul(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0;
    }

    /**
     * Percent-decoded up to three times, so double encoding ({@code %252e}) shows too.
     * Never throws.
     */
    static String decoded(String raw) {
        String value = raw;
        for (int round = 0; round < 3 && value.indexOf('%') >= 0; round++) {
            value = percentDecoded(value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String percentDecoded(String value) {
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && Character.digit(value.charAt(i + 1), 16) >= 0
                    && Character.digit(value.charAt(i + 2), 16) >= 0) {
                out.append((char) Integer.parseInt(value, i + 1, i + 3, 16));
                i += 2;
            }
            else if (c == '+') {
                out.append(' ');
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
