package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.time.Clock;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Audit rows for the form login and the logout (failures are written by
 * {@link ThrottledAuthenticationProvider}), and the login time that
 * {@link SessionLifetimeFilter} measures the session's absolute lifetime from.
 */
final class StaffLoginHandlers {

    private StaffLoginHandlers() {
    }

    static SavedRequestAwareAuthenticationSuccessHandler success(AuditLog audit, Clock clock) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                audit.record(AuditEvent.of(AuditAction.LOGIN_SUCCESS)
                    .withActor(authentication.getName())
                    .withClientAddress(request.getRemoteAddr()));
                request.getSession().setAttribute(SessionLifetimeFilter.LOGIN_AT, clock.millis());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/admin");
        return handler;
    }

    static LogoutHandler logout(AuditLog audit) {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.record(AuditEvent.of(AuditAction.LOGOUT)
                    .withActor(authentication.getName())
                    .withClientAddress(request.getRemoteAddr()));
            }
        };
    }

}
