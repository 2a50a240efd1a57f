/**
 * Time shared by every module: the one {@link java.time.Clock} bean (replaceable in
 * tests) and the court's time zone, {@link br.jus.tjes.cariacica.time.CourtTime#ZONE}.
 */
@NullMarked
package br.jus.tjes.cariacica.time;

import org.jspecify.annotations.NullMarked;
