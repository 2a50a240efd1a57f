/**
 * The public pages: home, the unit, service, notices and feed, FAQ, hearing list, case
 * lookup, search, sitemap.
 */
@NullMarked
package br.jus.tjes.cariacica.site;

import org.jspecify.annotations.NullMarked;
