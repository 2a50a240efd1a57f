package br.jus.tjes.cariacica.content;

import java.time.Instant;

/**
 * The banner shown on every page while active; {@code activeUntil} null means until
 * removed.
 */
public record UrgentNotice(long id, String messageHtml, Instant activeFrom, Instant activeUntil) {

    public boolean isActiveAt(Instant now) {
        return !now.isBefore(this.activeFrom) && (this.activeUntil == null || now.isBefore(this.activeUntil));
    }
}
