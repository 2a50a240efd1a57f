package br.jus.tjes.cariacica.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the CSRF token of a staff page before it is rendered, so its session exists
 * before the first byte is sent. Spring Security defers the token until a form asks for
 * it, and by then a long page may already have committed the response, when no session
 * (and no session cookie) can be created any more. Public pages keep the deferred token:
 * they have no session to create.
 */
class EagerCsrfTokenFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A monitor using HTTP basic keeps no session: it must not leave one behind on
        // every call.
        if (request.getRequestURI().startsWith("/admin") && request.getHeader("Authorization") == null
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }

}
