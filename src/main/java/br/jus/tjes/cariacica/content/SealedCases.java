package br.jus.tjes.cariacica.content;

/**
 * Which cases are under seal (segredo de justiça), as far as the court's pauta knows: a
 * case with a sealed hearing, scheduled or staged for import. Other modules use it to
 * keep such a case's number to themselves.
 */
public interface SealedCases {

    /** Takes the formatted CNJ number (NNNNNNN-DD.AAAA.J.TR.OOOO). */
    boolean isSealed(String caseNumber);

}
