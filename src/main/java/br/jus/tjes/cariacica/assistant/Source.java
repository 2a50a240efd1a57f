package br.jus.tjes.cariacica.assistant;

/**
 * A page an answer came from.
 *
 * @param title its title
 * @param url the site path (or address) to read it
 */
record Source(String title, String url) {
}
