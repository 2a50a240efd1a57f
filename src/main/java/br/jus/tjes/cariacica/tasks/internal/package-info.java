/**
 * The task engine over db-scheduler: persistent queue with priorities, retries and
 * dependencies.
 */
@NullMarked
package br.jus.tjes.cariacica.tasks.internal;

import org.jspecify.annotations.NullMarked;
