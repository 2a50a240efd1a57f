/**
 * The conversation pipeline: store the question, decide the answer (upstream model or
 * knowledge base), store the reply.
 */
@NullMarked
package br.jus.tjes.cariacica.assistant.chat;

import org.jspecify.annotations.NullMarked;
