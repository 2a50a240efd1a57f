package br.jus.tjes.cariacica.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import br.jus.tjes.cariacica.audit.AuditAction;
import br.jus.tjes.cariacica.audit.AuditEvent;
import br.jus.tjes.cariacica.audit.AuditLog;

/**
 * What Spring Security's firewall refuses (encoded slashes, backslashes, semicolons, control characters in a
 * header) is answered with 400 and the Portuguese error page, and recorded as a suspicious request.
 */
class AuditingRequestRejectedHandler implements RequestRejectedHandler {

    private final AuditLog audit;

    AuditingRequestRejectedHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        audit.record(AuditEvent.of(AuditAction.SUSPICIOUS_REQUEST)
                .withTarget(request.getMethod() + " " + request.getRequestURI())
                .withDetail("recusado pelo firewall do Spring Security")
                .withClientAddress(request.getRemoteAddr()));
        SiteHeaders.writeTo(request, response);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }
}
