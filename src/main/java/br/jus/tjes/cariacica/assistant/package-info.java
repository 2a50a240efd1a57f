/**
 * The assistant that answers citizens only from the court's content: its settings, the
 * court facts it offers and its clean-up jobs.
 */
@NullMarked
package br.jus.tjes.cariacica.assistant;

import org.jspecify.annotations.NullMarked;
