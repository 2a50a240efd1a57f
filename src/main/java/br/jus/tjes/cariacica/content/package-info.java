/**
 * The content citizens read on the public site: the unit, its channels and hours,
 * closures, the urgent banner, notices, service guides, FAQ, the hearing list and free
 * pages. Other modules read it through {@link br.jus.tjes.cariacica.content.SiteContent}
 * (cached) and learn about edits from
 * {@link br.jus.tjes.cariacica.content.ContentChanged}.
 */
@NullMarked
package br.jus.tjes.cariacica.content;

import org.jspecify.annotations.NullMarked;
