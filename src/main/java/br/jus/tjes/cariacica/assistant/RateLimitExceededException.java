package br.jus.tjes.cariacica.assistant;

/** The client address has used its chat allowance for the minute; nothing was stored. */
class RateLimitExceededException extends RuntimeException {

    private final transient Allowance allowance;

    RateLimitExceededException(Allowance allowance) {
        super("Rate limited", null, false, false);
        this.allowance = allowance;
    }

    /**
     * The allowance as it stands, for the response's headers.
     * @return the refused allowance
     */
    Allowance allowance() {
        return this.allowance;
    }

}
