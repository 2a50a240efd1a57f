package br.jus.tjes.cariacica.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that leaves a controller, a filter or the container ends here: a Portuguese
 * page for people, {@code application/problem+json} for the API and for clients that ask
 * for JSON. Neither shows exception text.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class CourtErrorController implements ErrorController {

    /**
     * Statuses with a page (and messages) of their own; others fall back to 400 or 500.
     */
    private static final Set<Integer> KNOWN = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 500, 503);

    private final MessageSource messages;

    CourtErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        if (wantsProblemJson(request)) {
            return problem(request, status);
        }
        int code = known(status.value());
        return new ModelAndView("error/erro", Map.of("status", status.value(), "codigo", code), status);
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
        int code = known(status.value());
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(status,
                this.messages.getMessage("erro." + code + ".texto", null, locale));
        problem.setTitle(this.messages.getMessage("erro." + code + ".titulo", null, locale));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem.setInstance(java.net.URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean wantsProblemJson(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/actuator/"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
                    return false;
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
                    return true;
                }
            }
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return false;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static int known(int status) {
        if (KNOWN.contains(status)) {
            return status;
        }
        return (status >= 500) ? 500 : 400;
    }

}
