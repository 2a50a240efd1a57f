/**
 * Request ids, the access log, slow requests and the recent traffic figures.
 */
@NullMarked
package br.jus.tjes.cariacica.ops.requests;

import org.jspecify.annotations.NullMarked;
