/**
 * Who may see the actuator: the OPS account and the separate management port.
 */
@NullMarked
package br.jus.tjes.cariacica.ops.security;

import org.jspecify.annotations.NullMarked;
