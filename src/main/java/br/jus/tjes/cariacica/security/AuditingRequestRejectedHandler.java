package br.jus.tjes.cariacica.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall refuses (encoded slashes, backslashes, semicolons,
 * control characters in a header) is answered with 400 and the Portuguese error page, and
 * recorded as a suspicious request.
 */
class AuditingRequestRejectedHandler implements RequestRejectedHandler {

    private final SuspiciousRequestRecorder recorder;

    AuditingRequestRejectedHandler(SuspiciousRequestRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        this.recorder.record(request.getMethod(), request.getRequestURI(), "recusado pelo firewall do Spring Security",
                request.getRemoteAddr());
        SiteHeaders.writeTo(request, response);
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

}
