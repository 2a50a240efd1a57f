/**
 * The call to OpenAI (or a compatible server) with retries, circuit breaker and deadline,
 * and its health indicator.
 */
@NullMarked
package br.jus.tjes.cariacica.assistant.upstream;

import org.jspecify.annotations.NullMarked;
