package br.jus.tjes.cariacica.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the error dispatch (a status a filter or Spring's resolvers
 * sent, an exception nobody handled) ends here: a Portuguese page for people,
 * {@code application/problem+json} (worded by {@link ErrorReplies}) for the API and for
 * clients that ask for JSON. Neither shows exception text. The API's own refusals are
 * answered earlier, by {@link ApiProblemAdvice}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class CourtErrorController implements ErrorController {

    private final ErrorReplies replies;

    CourtErrorController(ErrorReplies replies) {
        this.replies = replies;
    }

    @RequestMapping
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        if (wantsProblemJson(request)) {
            return problem(request, status);
        }
        int code = ErrorReplies.wordedAs(status.value());
        return new ModelAndView("error/erro", Map.of("status", status.value(), "codigo", code), status);
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var problem = this.replies.forStatus(status, (uri instanceof String path) ? path : null);
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

}
