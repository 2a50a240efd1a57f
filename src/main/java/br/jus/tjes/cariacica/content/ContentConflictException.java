package br.jus.tjes.cariacica.content;

/**
 * Someone else saved or removed the item since this version was read; nothing was
 * changed.
 */
public class ContentConflictException extends RuntimeException {

    public ContentConflictException(String what) {
        super("Version conflict on " + what);
    }

}
