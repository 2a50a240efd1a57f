package br.jus.tjes.cariacica.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing account is a 404, not a 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException() {
        super("No such staff account");
    }

}
