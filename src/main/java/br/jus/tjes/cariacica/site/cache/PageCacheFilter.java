package br.jus.tjes.cariacica.site.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import br.jus.tjes.cariacica.site.LayoutData;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Serves anonymous GETs of public pages from {@link PageCache}, before the security chain
 * and Spring MVC run, and answers conditional GETs of public pages with 304.
 *
 * <p>
 * Only a response the site marked public ({@link PublicPageHeaders}: status 200, the
 * public {@code Cache-Control}, no cookie set) is stored, and only for a path without a
 * query (search terms and hearing filters would fill the cache with pages nobody asks for
 * twice). A request is served from the cache only when nothing in it can change the page:
 * no session or other cookie but the contrast preference, no {@code Authorization}, a GET
 * outside the staff area, the API and actuator. The stored headers (every security header
 * among them; there is no per-request nonce, the CSP is one fixed policy) are replayed;
 * the request id is this request's own, written before this filter by the request-id
 * filter.
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** Bodies smaller than this are sent as they are, like the server's compression. */
    static final int MIN_COMPRESSED_SIZE = 2048;

    private static final List<String> BYPASSED = List.of("/admin", "/api/", "/actuator", "/assistente", "/v3/", "/css/",
            "/js/", "/img/", "/livez", "/readyz", "/contraste", "/error");

    /** Headers of one request (or written by this filter), never replayed. */
    private static final Set<String> NOT_REPLAYED = Set.of("x-request-id", "set-cookie", "date", "content-length",
            "content-encoding", "transfer-encoding", "content-type", "etag", "connection", "keep-alive");

    private static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/xml", "text/plain", "application/xml",
            "application/atom+xml");

    private final PageCache cache;

    private final Clock clock;

    PageCacheFilter(PageCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !eligible(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        PageKey key = (request.getQueryString() != null) ? null
                : new PageKey(request.getRequestURI(), gzip, highContrast(request), request.isSecure());
        if (key != null) {
            CachedPage page = this.cache.get(key);
            if (page != null) {
                for (CachedPage.Header header : page.headers()) {
                    response.addHeader(header.name(), header.value());
                }
                if (page.pattern() != null) {
                    ServerHttpObservationFilter.findObservationContext(request)
                        .ifPresent((observation) -> observation.setPathPattern(page.pattern()));
                }
                send(page, request, response);
                return;
            }
        }
        long generation = this.cache.generation();
        Instant expires = nextMinute(this.clock.instant());
        var buffered = new BufferedResponse(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.body();
        if (!isPublicPage(response)) {
            if (body.length > 0) {
                response.getOutputStream().write(body);
            }
            return;
        }
        // Stored pages are encoded as their key says; the others go out as they are and
        // the
        // server compresses them.
        CachedPage page = page(request, response, body, (key != null) && gzip, expires);
        if (key != null) {
            this.cache.put(key, page, generation);
        }
        send(page, request, response);
    }

    private static boolean eligible(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.getRequestURI();
        for (String prefix : BYPASSED) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        if ("/api".equals(path)) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                // A session (staff) or any cookie this filter does not know may change
                // the
                // page.
                if (!LayoutData.CONTRAST_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What {@link PublicPageHeaders} marks, and nothing that sets a cookie. */
    private static boolean isPublicPage(HttpServletResponse response) {
        return response.getStatus() == HttpServletResponse.SC_OK
                && PublicPageHeaders.CACHE_CONTROL.equals(response.getHeader(HttpHeaders.CACHE_CONTROL))
                && !response.containsHeader(HttpHeaders.SET_COOKIE) && response.getContentType() != null;
    }

    private static CachedPage page(HttpServletRequest request, HttpServletResponse response, byte[] body, boolean gzip,
            Instant expires) {
        var headers = new ArrayList<CachedPage.Header>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new CachedPage.Header(name, value));
                }
            }
        }
        String contentType = response.getContentType();
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        boolean compress = gzip && body.length >= MIN_COMPRESSED_SIZE && compressible(contentType);
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return new CachedPage(contentType, compress ? gzip(body) : body, compress, etag, List.copyOf(headers), expires,
                (pattern instanceof String path) ? path : null);
    }

    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.gzip()) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /**
     * Weak comparison, as a GET's {@code If-None-Match} asks: {@code W/"x"} matches
     * {@code "x"}.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if ("*".equals(tag) || opaque.equals(opaque(tag))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** {@code gzip} listed with a quality above zero. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            int semicolon = part.indexOf(';');
            String coding = ((semicolon < 0) ? part : part.substring(0, semicolon)).trim();
            if ("gzip".equalsIgnoreCase(coding)) {
                return (semicolon < 0) || quality(part.substring(semicolon + 1)) > 0;
            }
        }
        return false;
    }

    private static double quality(String parameters) {
        for (String parameter : parameters.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.startsWith("q=")) {
                try {
                    return Double.parseDouble(trimmed.substring(2));
                }
                catch (NumberFormatException ex) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static boolean highContrast(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LayoutData.CONTRAST_COOKIE.equals(cookie.getName()) && "alto".equals(cookie.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean compressible(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).trim();
        return COMPRESSIBLE.contains(type.toLowerCase(Locale.ROOT));
    }

    private static byte[] gzip(byte[] body) {
        var compressed = new ByteArrayOutputStream(body.length / 3);
        try (var out = new GZIPOutputStream(compressed)) {
            out.write(body);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return compressed.toByteArray();
    }

    static Instant nextMinute(Instant now) {
        return Instant.ofEpochSecond((Math.floorDiv(now.getEpochSecond(), 60) + 1) * 60);
    }

}
