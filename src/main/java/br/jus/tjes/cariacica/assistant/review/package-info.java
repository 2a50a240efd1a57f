/**
 * The staff review of conversations: filters, details, frequent unanswered questions and
 * LGPD requests (export, deletion, retention).
 */
@NullMarked
package br.jus.tjes.cariacica.assistant.review;

import org.jspecify.annotations.NullMarked;
