/**
 * The public site of the 2ª Vara Cível de Cariacica (TJES): the application class; every
 * sub-package is a module verified by Spring Modulith.
 */
@NullMarked
package br.jus.tjes.cariacica;

import org.jspecify.annotations.NullMarked;
