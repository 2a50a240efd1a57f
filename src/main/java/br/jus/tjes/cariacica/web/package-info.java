/**
 * The site's one error path: {@link br.jus.tjes.cariacica.web.ErrorReplies} words every
 * error (a {@code ProblemDetail} with its Portuguese title and detail from
 * {@code messages.properties}); the API's refusals are answered by an advice, everything
 * else by the error controller's Portuguese page or problem+json. Also static resource
 * settings.
 */
@NullMarked
package br.jus.tjes.cariacica.web;

import org.jspecify.annotations.NullMarked;
