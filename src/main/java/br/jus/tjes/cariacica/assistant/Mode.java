package br.jus.tjes.cariacica.assistant;

/**
 * Who answered: the model over the court's passages, the knowledge base alone (because
 * the model was not configured or not usable), or the assistant directly, without the
 * model being needed: an answer from the court's data (open now, a hearing, "é aqui?",
 * contacts) or the fixed refusal of legal advice. Only a knowledge-base answer says that
 * the model is unavailable.
 */
enum Mode {

    AI("ai"), KNOWLEDGE_BASE("knowledge-base"), DIRECT("direct");

    private final String value;

    Mode(String value) {
        this.value = value;
    }

    /** The name the API, the database and the metrics use. */
    public String value() {
        return this.value;
    }

}
