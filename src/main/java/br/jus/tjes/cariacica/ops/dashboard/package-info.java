/**
 * The operations page for the OPS role.
 */
@NullMarked
package br.jus.tjes.cariacica.ops.dashboard;

import org.jspecify.annotations.NullMarked;
