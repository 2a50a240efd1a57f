package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.web.ApiRefusal;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses with 400; {@link #messageKey()} names the Portuguese
 * explanation.
 */
class InvalidRequestException extends ApiRefusal {

    private final String messageKey;

    InvalidRequestException(String messageKey) {
        super(HttpStatus.BAD_REQUEST, "assistente.erro.titulo", messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return this.messageKey;
    }

}
