package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.web.ApiRefusal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * The client address has used its chat allowance for the minute; nothing was stored. A
 * 429 whose headers say when to come back and what the allowance is.
 */
class RateLimitExceededException extends ApiRefusal {

    private final transient Allowance allowance;

    RateLimitExceededException(Allowance allowance) {
        super(HttpStatus.TOO_MANY_REQUESTS, "erro.429.titulo", "assistente.erro.limite");
        this.allowance = allowance;
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(allowance.retryAfterSeconds()));
        getHeaders().set("RateLimit", allowance.rateLimitHeader());
        getHeaders().set("RateLimit-Policy", allowance.rateLimitPolicyHeader());
    }

    /**
     * The allowance as it stands, for the response's headers.
     * @return the refused allowance
     */
    Allowance allowance() {
        return this.allowance;
    }

}
