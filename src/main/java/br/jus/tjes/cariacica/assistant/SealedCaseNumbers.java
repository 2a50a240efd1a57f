package br.jus.tjes.cariacica.assistant;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import br.jus.tjes.cariacica.content.SealedCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps the number of a sealed case (segredo de justiça) from the model: in what goes
 * upstream, such a number becomes a placeholder. Public case numbers pass, as the
 * {@link Redactor} leaves them. What is stored for the citizen keeps the number they
 * typed: it is their own case, their conversation is theirs, and the staff who review it
 * may see sealed cases anyway. When the court's records cannot be asked, every case
 * number is withheld.
 */
@Component
class SealedCaseNumbers {

    static final String PLACEHOLDER = "[processo em segredo de justiça]";

    private static final Logger log = LoggerFactory.getLogger(SealedCaseNumbers.class);

    /** The same shapes the redactor keeps: formatted, or the 20 digits together. */
    private static final Pattern CNJ = Pattern
        .compile("(?<![\\w.-])(\\d{7})-?(\\d{2})\\.?(\\d{4})\\.?(\\d)\\.?(\\d{2})\\.?(\\d{4})(?![\\w-]|\\.\\d)");

    private final SealedCases sealed;

    SealedCaseNumbers(SealedCases sealed) {
        this.sealed = sealed;
    }

    /**
     * The text as the model may see it.
     * @param text a redacted message
     * @return the same text, each sealed case's number replaced by a placeholder
     */
    String mask(String text) {
        Matcher number = CNJ.matcher(text);
        if (!number.find()) {
            return text;
        }
        number.reset();
        return number.replaceAll((match) -> isSealed(match) ? PLACEHOLDER : Matcher.quoteReplacement(match.group()));
    }

    /**
     * The text without any case number: what it finds says nothing of which numbers are
     * sealed, and asks nothing of the court's records.
     * @param text a redacted message
     * @return the same text, each case number replaced by a space
     */
    static String withoutNumbers(String text) {
        return CNJ.matcher(text).replaceAll(" ");
    }

    /**
     * The earlier turns as the model may see them.
     * @param history the conversation's turns
     * @return the same turns, masked
     */
    List<Turn> mask(List<Turn> history) {
        return history.stream().map((turn) -> new Turn(turn.fromCitizen(), mask(turn.text()))).toList();
    }

    private boolean isSealed(MatchResult match) {
        String formatted = match.group(1) + "-" + match.group(2) + "." + match.group(3) + "." + match.group(4) + "."
                + match.group(5) + "." + match.group(6);
        try {
            return this.sealed.isSealed(formatted);
        }
        catch (DataAccessException ex) {
            log.warn("Could not tell whether a case is sealed ({}); its number is withheld", ex.toString());
            return true;
        }
    }

}
