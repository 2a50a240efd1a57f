package br.jus.tjes.cariacica.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A hearing (or a staged import) that does not exist: a 404, not a 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class HearingNotFoundException extends RuntimeException {

    public HearingNotFoundException() {
        super("No such hearing or hearing import");
    }

}
