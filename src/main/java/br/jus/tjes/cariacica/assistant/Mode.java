package br.jus.tjes.cariacica.assistant;

/** Who answered: the model over the court's passages, or the knowledge base alone. */
enum Mode {

    AI("ai"), KNOWLEDGE_BASE("knowledge-base");

    private final String value;

    Mode(String value) {
        this.value = value;
    }

    /** The name the API, the database and the metrics use. */
    public String value() {
        return this.value;
    }

}
