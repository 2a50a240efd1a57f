package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Multipart bodies only where staff upload a file, and only from a staff member who may.
 * The CSRF check reads its token as a request parameter, and for a multipart body that
 * makes Tomcat parse (and write to disk) the whole upload first: an anonymous 16 MB
 * multipart POST to any address was spooled before it was refused. This filter runs
 * before the CSRF check and refuses without reading the body: 415 where no upload is
 * taken, 403 at an upload address for anyone without the role, 413 for a declared body
 * over the upload limit ({@code spring.servlet.multipart.max-request-size}).
 */
class MultipartGuardFilter extends OncePerRequestFilter {

    /** Upload addresses (POST) and the roles that may send there. */
    static final Map<String, Set<String>> UPLOADS = Map.of("/admin/pauta/importar",
            Set.of("ROLE_EDITOR", "ROLE_ADMIN"));

    private final long maxUploadBytes;

    /**
     * A guard with the upload limit.
     * @param maxUploadBytes the largest upload body; a larger declared one is refused
     * with 413 before Tomcat reads it
     */
    MultipartGuardFilter(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        Set<String> roles = "POST".equals(request.getMethod()) ? UPLOADS.get(pathOf(request)) : null;
        if (roles == null) {
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            return;
        }
        if (!hasAnyRole(SecurityContextHolder.getContext().getAuthentication(), roles)) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        if (request.getContentLengthLong() > this.maxUploadBytes) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).strip().startsWith("multipart/");
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return uri.substring(context.length());
    }

    private static boolean hasAnyRole(Authentication authentication, Set<String> roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (roles.contains(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

}
