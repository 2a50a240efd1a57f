/**
 * Portuguese error pages and problem+json errors of the API, and static resource
 * settings.
 */
@NullMarked
package br.jus.tjes.cariacica.web;

import org.jspecify.annotations.NullMarked;
