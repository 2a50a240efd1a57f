package br.jus.tjes.cariacica.assistant;

import java.text.Normalizer;
import java.util.ArrayList;
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

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private static final int STEM = 5;

    /** Words that say nothing about what is asked. */
    private static final Set<String> STOP_WORDS = Set.copyOf(List.of("a", "ao", "aos", "as", "ate", "com", "como", "da",
            "das", "de", "do", "dos", "e", "ela", "ele", "em", "entre", "era", "essa", "esse", "esta", "estao", "este",
            "eu", "foi", "ha", "isso", "isto", "ja", "la", "lhe", "mais", "mas", "me", "meu", "minha", "muito", "na",
            "nas", "nao", "nem", "no", "nos", "num", "numa", "o", "onde", "os", "ou", "para", "pela", "pelas", "pelo",
            "pelos", "por", "pra", "pro", "qual", "quais", "quando", "que", "quem", "se", "seu", "sua", "sao", "sem",
            "ser", "so", "sobre", "tem", "ter", "um", "uma", "umas", "uns", "vc", "voce", "voces", "q", "eh", "ta",
            "esta", "estou", "posso", "pode", "preciso", "queria", "quero", "gostaria", "saber", "fazer", "faco",
            "favor", "obrigado", "obrigada", "ola", "oi", "bom", "boa", "dia", "tarde", "noite", "vara", "aqui", "isso",
            "dessa", "desse", "nessa", "nesse", "deste", "desta", "neste", "nesta"));

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
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * The folded words of a text, stop words included, in order.
     * @param text any text
     * @return its words
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
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

    /**
     * A word's first letters, enough to join singular and plural or a verb's forms.
     * @param word a folded word
     * @return its stem
     */
    static String stem(String word) {
        return (word.length() > STEM) ? word.substring(0, STEM) : word;
    }

}
