/**
 * Background tasks: the public API to enqueue tasks and declare recurring and clean-up
 * jobs.
 */
@NullMarked
package br.jus.tjes.cariacica.tasks;

import org.jspecify.annotations.NullMarked;
