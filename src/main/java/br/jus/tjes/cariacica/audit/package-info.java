/**
 * The append-only audit trail and its staff page.
 */
@NullMarked
package br.jus.tjes.cariacica.audit;

import org.jspecify.annotations.NullMarked;
