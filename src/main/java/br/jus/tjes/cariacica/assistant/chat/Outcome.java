package br.jus.tjes.cariacica.assistant.chat;

/**
 * Whether the answer was found in the court's content, or the citizen was handed off to a
 * person.
 */
public enum Outcome {

    ANSWERED("answered"), NOT_FOUND("not-found");

    private final String value;

    Outcome(String value) {
        this.value = value;
    }

    public String value() {
        return this.value;
    }

}
