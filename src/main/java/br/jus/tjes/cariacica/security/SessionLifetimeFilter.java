package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff session a fixed time after its login, however active it is: the idle
 * timeout alone lets a stolen session cookie live for ever while it is used. The login
 * time is a session attribute written at login ({@link StaffLoginHandlers}); a staff
 * session from before that attribute existed counts from its creation. An expired session
 * is invalidated and a staff page sends the person back to the login form.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    /** The session attribute with the login time, in epoch milliseconds. */
    static final String LOGIN_AT = "court.loginAt";

    private final Clock clock;

    private final Duration maxLifetime;

    SessionLifetimeFilter(Clock clock, Duration maxLifetime) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isExpired(session)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
                response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PAGE + "?expirou");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isExpired(HttpSession session) {
        try {
            if (session.getAttribute(LOGIN_AT) instanceof Long loginAt) {
                return this.clock.millis() - loginAt >= this.maxLifetime.toMillis();
            }
            // A staff session from before the login time was recorded: counted from its
            // creation. Anonymous sessions (the login form's) have no lifetime to keep.
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null
                    && this.clock.millis() - session.getCreationTime() >= this.maxLifetime.toMillis();
        }
        catch (IllegalStateException ex) {
            // Invalidated meanwhile by another request of the same person.
            return false;
        }
    }

}
