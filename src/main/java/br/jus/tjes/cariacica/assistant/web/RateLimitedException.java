package br.jus.tjes.cariacica.assistant.web;

/** This address has used its chat allowance for the minute. */
class RateLimitedException extends RuntimeException {

    private final transient ChatRateLimiter.Decision decision;

    RateLimitedException(ChatRateLimiter.Decision decision) {
        super("Rate limited", null, false, false);
        this.decision = decision;
    }

    ChatRateLimiter.Decision decision() {
        return this.decision;
    }

}
