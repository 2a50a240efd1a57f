package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Whether a model's reply states only what its cited passages hold: every number (phone
 * numbers, dates, times, money amounts, deadlines, legal article numbers), e-mail address
 * and link in the reply must appear in them. A reply that adds one is not shown. Words
 * are not checked: a reply may rephrase freely, and may cite a passage that does not
 * quite answer the question, as long as it brings in nothing of its own.
 */
final class Grounding {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    private static final Pattern URL = Pattern
        .compile("(?:https?://|www\\.)[^\\s<>\"]+|(?<![\\w/.])/[a-z][\\w/#?=&.-]*", Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/-]\\d+)*");

    // What may stand between the digits of one number: "3000-1234", "12:00",
    // "05/12/2026".
    private static final String SEPARATORS = ".,:/-";

    /** The unit's own name carries an ordinal that no passage needs to repeat. */
    private static final Pattern UNIT_NAME = Pattern.compile("\\b2\\s?[ªºa°]\\s+vara\\b", Pattern.CASE_INSENSITIVE);

    private Grounding() {
    }

    /**
     * Whether every number, e-mail address and link of the reply appears in the cited
     * passages.
     * @param reply the model's answer text
     * @param cited the passages it cited
     * @return true when nothing in it is new
     */
    static boolean grounded(String reply, List<Passage> cited) {
        // The passages are read only for what the reply states: a reply with no e-mail,
        // link or number needs none of them.
        @Nullable String source = null;
        String text = reply;
        Matcher emails = EMAIL.matcher(text);
        while (emails.find()) {
            source = (source != null) ? source : haystack(cited);
            if (!source.contains(emails.group().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        text = EMAIL.matcher(text).replaceAll(" ");
        Matcher urls = URL.matcher(text);
        while (urls.find()) {
            source = (source != null) ? source : haystack(cited);
            if (!source.contains(link(urls.group()))) {
                return false;
            }
        }
        text = UNIT_NAME.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
        @Nullable Numbers known = null;
        Matcher numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            source = (source != null) ? source : haystack(cited);
            known = (known != null) ? known : Numbers.of(source);
            if (!known.holds(numbers.group())) {
                return false;
            }
        }
        return true;
    }

    // The cited passages as one lower-case text.
    private static String haystack(List<Passage> cited) {
        var haystack = new StringBuilder();
        for (Passage passage : cited) {
            haystack.append(passage.title())
                .append(' ')
                .append(passage.url())
                .append(' ')
                .append(passage.text())
                .append('\n');
        }
        return haystack.toString().toLowerCase(Locale.ROOT);
    }

    // A link as a passage would hold it: lower case, without the scheme or trailing
    // punctuation.
    private static String link(String url) {
        String link = url.toLowerCase(Locale.ROOT);
        int end = link.length();
        while (end > 0 && ".,;:!?)".indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = link.startsWith("https://") ? 8 : (link.startsWith("http://") ? 7 : 0);
        if (end > start && link.charAt(end - 1) == '/') {
            end--;
        }
        return link.substring(start, Math.max(start, end));
    }

    /**
     * The numbers of the passages: whole ("3000-1234", "29140-000") and in parts ("12",
     * "18").
     */
    private record Numbers(Set<String> whole, Set<String> parts) {

        static Numbers of(String text) {
            Set<String> whole = new HashSet<>();
            Set<String> parts = new HashSet<>();
            Matcher numbers = NUMBER.matcher(text);
            while (numbers.find()) {
                String number = numbers.group();
                whole.add(digits(number));
                for (String part : parts(number)) {
                    parts.add(significant(part));
                }
            }
            return new Numbers(whole, parts);
        }

        /**
         * A number of the reply is known when the passages hold it whole (its digits), or
         * hold each of its parts ("12:00" for "12h"; a zero part needs no source).
         * @param number a number as the reply writes it
         * @return whether the passages hold it
         */
        boolean holds(String number) {
            if (this.whole.contains(digits(number))) {
                return true;
            }
            for (String part : parts(number)) {
                String value = significant(part);
                if (!value.equals("0") && !this.parts.contains(value)) {
                    return false;
                }
            }
            return true;
        }

        private static String significant(String digits) {
            int start = 0;
            while (start < digits.length() && digits.charAt(start) == '0') {
                start++;
            }
            return (start < digits.length()) ? digits.substring(start) : "0";
        }

        // The digits of a number as NUMBER matches it: its separators dropped.
        private static String digits(String number) {
            var digits = new StringBuilder(number.length());
            for (int i = 0; i < number.length(); i++) {
                char c = number.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
            return digits.toString();
        }

        // The runs of digits of a number as NUMBER matches it, between its separators.
        private static List<String> parts(String number) {
            List<String> parts = new ArrayList<>(4);
            int start = 0;
            for (int i = 0; i <= number.length(); i++) {
                if (i == number.length() || SEPARATORS.indexOf(number.charAt(i)) >= 0) {
                    parts.add(number.substring(start, i));
                    start = i + 1;
                }
            }
            return parts;
        }

    }

}
