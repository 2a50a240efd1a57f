package br.jus.tjes.cariacica.assistant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A conversation that is not there (erased, expired, or never was) is a 404 page, not a
 * 500.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ConversationNotFound extends RuntimeException {

    ConversationNotFound() {
        super("No such conversation");
    }

}
