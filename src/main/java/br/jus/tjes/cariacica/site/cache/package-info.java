/**
 * The whole-page cache: anonymous GETs of public pages served, already compressed, before
 * the security chain and Spring MVC.
 */
@NullMarked
package br.jus.tjes.cariacica.site.cache;

import org.jspecify.annotations.NullMarked;
