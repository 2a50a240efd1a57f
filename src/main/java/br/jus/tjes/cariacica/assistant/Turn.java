package br.jus.tjes.cariacica.assistant;

/**
 * An earlier message of the conversation, already redacted.
 *
 * @param fromCitizen true for the citizen's messages, false for the assistant's
 * @param text the message
 */
record Turn(boolean fromCitizen, String text) {
}
