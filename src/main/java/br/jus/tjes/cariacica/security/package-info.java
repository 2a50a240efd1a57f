/**
 * The Spring Security filter chain, security headers, login throttling and request size
 * limits.
 */
@NullMarked
package br.jus.tjes.cariacica.security;

import org.jspecify.annotations.NullMarked;
