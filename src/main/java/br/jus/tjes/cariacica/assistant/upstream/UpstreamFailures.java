package br.jus.tjes.cariacica.assistant.upstream;

import java.io.IOException;
import java.io.InterruptedIOException;

import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnprocessableEntityException;
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
        if (isOurFault(failure)) {
            return "bad-request";
        }
        if (failure instanceof OpenAIServiceException service) {
            return (service.statusCode() != 429) ? "http-" + service.statusCode() : "rate-limited";
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
