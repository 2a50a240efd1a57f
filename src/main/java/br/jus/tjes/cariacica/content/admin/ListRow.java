package br.jus.tjes.cariacica.content.admin;

/**
 * One line of a staff list: the item's name (a link to its form), a short detail, and a
 * status message key (for example draft or published), or null.
 */
record ListRow(long id, String label, String detail, String statusKey) {
}
