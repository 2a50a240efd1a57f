package br.jus.tjes.cariacica.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Where a controller's refusal becomes {@code application/problem+json}: an
 * {@link ApiRefusal}, or a refusal of Spring MVC that the target's module words through
 * its {@link ApiRefusals}. Anything else goes on to Spring's own resolvers and ends in
 * {@link CourtErrorController} (the Portuguese page, or problem+json for JSON clients).
 */
@RestControllerAdvice
class ApiProblemAdvice {

    private final ErrorReplies replies;

    private final List<ApiRefusals> modules;

    ApiProblemAdvice(ErrorReplies replies, List<ApiRefusals> modules) {
        this.replies = replies;
        this.modules = modules;
    }

    @ExceptionHandler(ApiRefusal.class)
    ResponseEntity<ProblemDetail> refused(ApiRefusal refusal, HttpServletRequest request) {
        return this.replies.reply(refusal, request.getRequestURI());
    }

    /**
     * Spring MVC's refusal in the words of the module whose API was called; rethrown (and
     * so left to Spring's resolvers and the error controller, as for a page) when no
     * module claims it.
     */
    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class })
    ResponseEntity<ProblemDetail> refusedBySpring(Exception refusal, HttpServletRequest request) throws Exception {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            for (ApiRefusals module : this.modules) {
                ErrorResponse worded = module.wordingOf(refusal, handler);
                if (worded != null) {
                    return this.replies.reply(worded, request.getRequestURI());
                }
            }
        }
        throw refusal;
    }

}
