package br.jus.tjes.cariacica.assistant;

/**
 * One piece of the court's content given to the model as data.
 *
 * @param id its id within one request ({@code F1}, {@code F2}…), the only thing the model
 * may cite
 * @param title the title of the page or fact
 * @param url the site path a citizen follows
 * @param text the plain text
 */
record Passage(String id, String title, String url, String text) {
}
