package br.jus.tjes.cariacica.content.admin.pauta;

import java.util.concurrent.ThreadLocalRandom;

import br.jus.tjes.cariacica.content.CnjNumber;

/**
 * Case numbers nobody else uses (the database is shared by every test): valid TJES
 * numbers of year 2031.
 */
final class HearingTestData {

    private HearingTestData() {
    }

    static String newCaseNumber() {
        String sequence = String.format("%07d", ThreadLocalRandom.current().nextInt(1, 10_000_000));
        String origin = String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
        return sequence + "-" + CnjNumber.checkDigitsFor(sequence, "2031", "8", "08", origin) + ".2031.8.08." + origin;
    }

    /** The same number with its check digits off by one. */
    static String withWrongCheckDigits(String caseNumber) {
        int digits = Integer.parseInt(caseNumber.substring(8, 10));
        return caseNumber.substring(0, 8) + String.format("%02d", (digits + 1) % 100) + caseNumber.substring(10);
    }

}
