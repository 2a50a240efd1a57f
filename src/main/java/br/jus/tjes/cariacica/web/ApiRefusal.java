package br.jus.tjes.cariacica.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal of a JSON API: its status, its headers and the codes of its title and detail
 * in {@code messages.properties}. {@link ErrorReplies} turns it into
 * {@code application/problem+json} wherever it is thrown from a controller. It is an
 * answer, not a fault, so it carries no stack trace.
 */
public abstract class ApiRefusal extends ErrorResponseException {

    private final String titleCode;

    /**
     * A refusal worded by two message codes.
     * @param status the status of the response
     * @param titleCode the message code of the problem's title
     * @param detailCode the message code of the problem's detail
     */
    protected ApiRefusal(HttpStatus status, String titleCode, String detailCode) {
        super(status, ProblemDetail.forStatus(status), null, detailCode, null);
        this.titleCode = titleCode;
    }

    @Override
    public String getTitleMessageCode() {
        return this.titleCode;
    }

    @Override
    public final synchronized Throwable fillInStackTrace() {
        return this;
    }

}
