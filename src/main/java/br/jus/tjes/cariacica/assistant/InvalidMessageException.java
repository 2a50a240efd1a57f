package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.web.ApiRefusal;

import org.springframework.http.HttpStatus;

/**
 * The citizen's message, or the feedback on an answer, breaks a rule;
 * {@link #messageKey()} names the Portuguese explanation (400).
 */
class InvalidMessageException extends ApiRefusal {

    private final String messageKey;

    InvalidMessageException(String messageKey) {
        super(HttpStatus.BAD_REQUEST, "assistente.erro.titulo", messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return this.messageKey;
    }

}
