/**
 * The staff pages that edit the content: forms, version checks and audit of every save.
 */
@NullMarked
package br.jus.tjes.cariacica.content.admin;

import org.jspecify.annotations.NullMarked;
