/**
 * The site search: PostgreSQL full text in Portuguese, accent-insensitive and tolerant of
 * typos.
 */
@NullMarked
package br.jus.tjes.cariacica.search;

import org.jspecify.annotations.NullMarked;
