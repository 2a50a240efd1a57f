package br.jus.tjes.cariacica.assistant;

/**
 * Whether the answer was found in the court's content, or the citizen was handed off to a
 * person, or the question asked for legal advice and was declined.
 */
enum Outcome {

    ANSWERED("answered"), NOT_FOUND("not-found"),
    /**
     * A request for legal advice, declined with the way to a lawyer or the Defensoria.
     */
    REFUSED("refused");

    private final String value;

    Outcome(String value) {
        this.value = value;
    }

    public String value() {
        return this.value;
    }

}
