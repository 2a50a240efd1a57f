package br.jus.tjes.cariacica.content;

/** Another hearing of the same case is already on the pauta at the same date and time. */
public class DuplicateHearingException extends RuntimeException {

    public DuplicateHearingException() {
        super("A hearing of this case already exists at this time");
    }

}
