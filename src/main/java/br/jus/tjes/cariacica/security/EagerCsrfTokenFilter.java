package br.jus.tjes.cariacica.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the CSRF token of a staff page (or of the citizens' assistant form) before it is
 * rendered, so its session or its cookie exists before the first byte is sent. Spring
 * Security defers the token until a form asks for it, and by then a long page may already
 * have committed the response, when no session and no cookie can be added any more. The
 * other public pages keep the deferred token: they have no form to protect.
 */
class EagerCsrfTokenFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A monitor using HTTP basic keeps no session: it must not leave one behind on
        // every call.
        if ((request.getRequestURI().startsWith("/admin") || CsrfTokens.isCitizenForm(request))
                && request.getHeader("Authorization") == null
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }

}
