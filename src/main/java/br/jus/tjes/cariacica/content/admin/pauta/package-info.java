/**
 * The staff pages of the hearing list: the form and the CSV import.
 */
@NullMarked
package br.jus.tjes.cariacica.content.admin.pauta;

import org.jspecify.annotations.NullMarked;
