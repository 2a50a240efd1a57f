/**
 * The health indicators (database, schema, routes, templates, static files) and their
 * caching.
 */
@NullMarked
package br.jus.tjes.cariacica.ops.health;

import org.jspecify.annotations.NullMarked;
