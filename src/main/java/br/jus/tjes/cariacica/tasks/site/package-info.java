/**
 * The site's own tasks: search refresh, cache eviction and periodic clean-ups.
 */
@NullMarked
package br.jus.tjes.cariacica.tasks.site;

import org.jspecify.annotations.NullMarked;
