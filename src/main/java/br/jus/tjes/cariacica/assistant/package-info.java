/**
 * The assistant that answers citizens only from the court's content and live data.
 * <p>
 * One package: the conversation pipeline (admission, the two statements, the answer), the
 * call to OpenAI with its resilience and budget, the JSON API and the page, and the staff
 * review. Only what other modules use is public: the settings, the court facts and the
 * clean-up jobs.
 */
@NullMarked
package br.jus.tjes.cariacica.assistant;

import org.jspecify.annotations.NullMarked;
