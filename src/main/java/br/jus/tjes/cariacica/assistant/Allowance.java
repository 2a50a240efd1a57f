package br.jus.tjes.cariacica.assistant;

/**
 * A client address's chat allowance after one message: whether it went through and what
 * is left of the minute.
 *
 * @param allowed whether this message went through
 * @param limit messages per minute
 * @param remaining messages left in the current window
 * @param resetSeconds when the window ends and the allowance is full again
 */
record Allowance(boolean allowed, int limit, long remaining, long resetSeconds) {

    /**
     * When the next message would be allowed: at once if it was, else at the window's
     * end.
     * @return seconds, at least 1
     */
    public long retryAfterSeconds() {
        return Math.max(1, this.resetSeconds);
    }

    /**
     * The IETF RateLimit header field (draft-ietf-httpapi-ratelimit-headers).
     * @return the field's value
     */
    public String rateLimitHeader() {
        return "\"chat\";r=" + this.remaining + ";t=" + this.resetSeconds;
    }

    /**
     * The IETF RateLimit-Policy header field.
     * @return the field's value
     */
    public String rateLimitPolicyHeader() {
        return "\"chat\";q=" + this.limit + ";w=60";
    }

}
