package br.jus.tjes.cariacica.assistant;

import java.io.IOException;
import java.io.InterruptedIOException;

import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnprocessableEntityException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * Which upstream failures are worth another attempt, and which say nothing about
 * upstream's health.
 */
final class UpstreamFailures {

    private UpstreamFailures() {
    }

    /**
     * I/O errors, timeouts, 429, 5xx and unreadable responses are transient: retry. Other
     * 4xx would fail the same way again.
     */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof OpenAIIoException || failure instanceof OpenAIInvalidDataException
                || failure instanceof RateLimitException || failure instanceof InternalServerException) {
            return true;
        }
        if (failure instanceof OpenAIServiceException service) {
            return service.statusCode() == 429 || service.statusCode() >= 500;
        }
        return failure instanceof IOException || failure instanceof InterruptedIOException;
    }

    /**
     * A request upstream refused as malformed is our problem, not upstream's: it does not
     * count against it.
     */
    static boolean isOurFault(Throwable failure) {
        return failure instanceof BadRequestException || failure instanceof UnprocessableEntityException;
    }

    /**
     * Failures that say nothing about upstream's health: our own malformed request, the
     * citizen's deadline, a full bulkhead (our own admission control).
     */
    static boolean isNotUpstreamsFault(Throwable failure) {
        return isOurFault(failure) || failure instanceof DeadlineExceededException
                || failure instanceof BulkheadFullException;
    }

    /** An attempt that ran out of time (read, call or connect timeout). */
    static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short, secret-free name for a failure: what the metrics and the stored message
     * say.
     */
    static String reasonOf(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "circuit-open";
        }
        if (failure instanceof DeadlineExceededException) {
            return "deadline";
        }
        if (failure instanceof BulkheadFullException) {
            return "overload";
        }
        if (isOurFault(failure)) {
            return "bad-request";
        }
        if (failure instanceof OpenAIServiceException service) {
            return (service.statusCode() == 429) ? "rate-limited" : "http-" + service.statusCode();
        }
        if (failure instanceof OpenAIIoException) {
            return "io-error";
        }
        if (failure instanceof OpenAIInvalidDataException) {
            return "invalid-response";
        }
        return "error";
    }

}
