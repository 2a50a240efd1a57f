package br.jus.tjes.cariacica.web;

import org.jspecify.annotations.Nullable;

import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;

/**
 * How a module words the refusals Spring MVC raises itself (a body it cannot read, a path
 * variable of the wrong type, a media type it does not read) when one of the module's API
 * controllers was the target. A module that does not know the handler answers
 * {@code null}, and the refusal takes the site's common path: the error page, or
 * problem+json for clients that ask for JSON.
 */
public interface ApiRefusals {

    /**
     * The module's wording of a refusal, if the handler is one of its API's.
     * @param refusal what Spring MVC raised
     * @param handler the controller method the request was for
     * @return the status, headers and message codes of the answer, or {@code null} when
     * the handler is not this module's
     */
    @Nullable ErrorResponse wordingOf(Exception refusal, HandlerMethod handler);

}
