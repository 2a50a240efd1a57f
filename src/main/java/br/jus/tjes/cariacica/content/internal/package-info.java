/**
 * The content's persistence, caches, editors and the revision counter shared by all
 * instances.
 */
@NullMarked
package br.jus.tjes.cariacica.content.internal;

import org.jspecify.annotations.NullMarked;
