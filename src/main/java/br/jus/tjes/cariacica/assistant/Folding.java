package br.jus.tjes.cariacica.assistant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as the assistant compares it: lower case, accents folded, Portuguese stop words
 * ignored, words reduced to a short stem so that "prazo" meets "prazos" and "certidão"
 * meets "certidões".
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Marks a Latin-1 character whose folding is not one character (none today). */
    private static final char NOT_LATIN_1 = '\uFFFF';

    /** Each Latin-1 character folded as {@link #foldAnyScript} folds it. */
    private static final char[] LATIN_1 = latin1Table();

    private static final int STEM = 5;

    /** Words that say nothing about what is asked. */
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of("a", "ao", "aos", "as", "ate", "com", "como", "da",
            "das", "de", "do", "dos", "e", "ela", "ele", "em", "entre", "era", "essa", "esse", "esta", "estao", "este",
            "eu", "foi", "ha", "isso", "isto", "ja", "la", "lhe", "mais", "mas", "me", "meu", "minha", "muito", "na",
            "nas", "nao", "nem", "no", "nos", "num", "numa", "o", "onde", "os", "ou", "para", "pela", "pelas", "pelo",
            "pelos", "por", "pra", "pro", "qual", "quais", "quando", "que", "quem", "se", "seu", "sua", "sao", "sem",
            "ser", "so", "sobre", "tem", "ter", "um", "uma", "umas", "uns", "vc", "voce", "voces", "q", "oq", "oque",
            "eh", "ta", "esta", "estou", "posso", "pode", "preciso", "queria", "quero", "gostaria", "saber", "fazer",
            "faco", "favor", "obrigado", "obrigada", "ola", "oi", "bom", "boa", "dia", "tarde", "noite", "vara", "aqui",
            "isso", "dessa", "desse", "nessa", "nesse", "deste", "desta", "neste", "nesta"));

    private Folding() {
    }

    /**
     * Lower case without accents.
     * @param text any text, or null
     * @return the folded text, empty for null
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        // Every message and passage goes through here several times a request: Latin-1
        // text (all the court's Portuguese) is folded through a table made by the
        // general path below, one character at a time; anything else takes that path.
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            char plain = (c < LATIN_1.length) ? LATIN_1[c] : NOT_LATIN_1;
            if (plain == NOT_LATIN_1) {
                return foldAnyScript(text);
            }
            folded[i] = plain;
        }
        return new String(folded);
    }

    private static String foldAnyScript(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The folded words of a text, stop words included, in order.
     * @param text any text
     * @return its words
     */
    static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && isWordCharacter(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            }
            else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * Whether folded words padded with a space at each end (" como peco a certidao ")
     * hold one of the phrases whole.
     * @param padded the folded words, padded
     * @param phrases folded words or expressions
     * @return true when one of them is in the text, whole
     */
    static boolean mentionsAny(String padded, Collection<String> phrases) {
        return phrases.stream().anyMatch((phrase) -> padded.contains(" " + phrase + " "));
    }

    /**
     * The folded words of a text joined by single spaces: what the rules' patterns read,
     * so that punctuation and extra spaces never change a match.
     * @param text any text
     * @return its words, one space apart
     */
    static String wordsText(String text) {
        return String.join(" ", words(text));
    }

    private static boolean isWordCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * The stems of the words that carry meaning: no stop words, no single letters.
     * @param text any text
     * @return the stems, in order, repeated as they occur
     */
    static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        for (String word : words(text)) {
            if (word.length() > 1 && !STOP_WORDS.contains(word)) {
                stems.add(stem(word));
            }
        }
        return stems;
    }

    private static char[] latin1Table() {
        char[] table = new char[256];
        for (char c = 0; c < table.length; c++) {
            String folded = foldAnyScript(String.valueOf(c));
            table[c] = (folded.length() == 1) ? folded.charAt(0) : NOT_LATIN_1;
        }
        return table;
    }

    /**
     * A word's first letters, enough to join singular and plural or a verb's forms.
     * @param word a folded word
     * @return its stem
     */
    static String stem(String word) {
        return (word.length() > STEM) ? word.substring(0, STEM) : word;
    }

}
