package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.web.ApiRefusal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Too many chat messages in this instance's pipeline, or no database slot within the
 * admission wait: the message was not taken, and the citizen is asked to retry shortly
 * (503 with {@code Retry-After}) instead of waiting in a queue.
 */
class ChatOverloadedException extends ApiRefusal {

    /** An overload passes in seconds: sooner than a database outage's 10 s. */
    private static final String RETRY_AFTER_SECONDS = "2";

    private final String reason;

    ChatOverloadedException(String reason) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "erro.503.titulo", "assistente.erro.ocupado");
        this.reason = reason;
        getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    @Override
    public String getMessage() {
        return this.reason;
    }

}
