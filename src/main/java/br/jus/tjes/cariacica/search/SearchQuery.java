package br.jus.tjes.cariacica.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A citizen's query reduced to the words PostgreSQL is given: letters and digits only, so
 * nothing typed can become tsquery syntax, bounded in length and number.
 */
record SearchQuery(String text, List<String> words) {

    static final int MAX_LENGTH = 200;

    private static final int MAX_WORDS = 12;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    static SearchQuery of(String raw) {
        if (raw == null) {
            return new SearchQuery("", List.of());
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        var words = new LinkedHashSet<String>();
        for (String token : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (token.length() >= 2 && token.length() <= 60 && words.size() < MAX_WORDS) {
                words.add(token);
            }
        }
        return new SearchQuery(text, new ArrayList<>(words));
    }

    boolean isEmpty() {
        return this.words.isEmpty();
    }

    /** Every word required, for {@code to_tsquery}. */
    String allWords() {
        return String.join(" & ", this.words);
    }

    /** Any word, for {@code to_tsquery}. */
    String anyWord() {
        return String.join(" | ", this.words);
    }

    /** The words separated by spaces, for {@code string_to_array}. */
    String spaced() {
        return String.join(" ", this.words);
    }
}
