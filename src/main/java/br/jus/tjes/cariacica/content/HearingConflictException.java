package br.jus.tjes.cariacica.content;

/**
 * The hearing changed (or went) since the editor loaded it: the save is refused, the
 * other change is kept.
 */
public class HearingConflictException extends RuntimeException {

    public HearingConflictException() {
        super("The hearing was changed by someone else");
    }

}
