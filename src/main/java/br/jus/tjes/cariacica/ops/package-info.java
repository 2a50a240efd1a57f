/**
 * Operations: health checks, metrics, request ids and access log, and the operations
 * page.
 */
@NullMarked
package br.jus.tjes.cariacica.ops;

import org.jspecify.annotations.NullMarked;
