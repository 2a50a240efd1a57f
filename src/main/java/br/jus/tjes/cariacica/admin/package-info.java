/**
 * The staff area: sign-in page, home page by role and account management.
 */
@NullMarked
package br.jus.tjes.cariacica.admin;

import org.jspecify.annotations.NullMarked;
