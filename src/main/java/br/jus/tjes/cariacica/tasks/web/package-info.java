/**
 * The staff page of background tasks.
 */
@NullMarked
package br.jus.tjes.cariacica.tasks.web;

import org.jspecify.annotations.NullMarked;
