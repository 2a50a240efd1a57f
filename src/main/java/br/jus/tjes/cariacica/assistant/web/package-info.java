/**
 * The assistant's JSON API, its page and panel, the per-address rate limit and API
 * errors.
 */
@NullMarked
package br.jus.tjes.cariacica.assistant.web;

import org.jspecify.annotations.NullMarked;
