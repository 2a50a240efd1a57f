package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions over a message's folded words ({@link Folding#wordsText}: letters,
 * digits and single spaces), each tried only where it can match. When the rules are made,
 * the beginnings of up to three characters that a match can have are worked out from each
 * expression itself: a beginning that, given alone, neither matches nor makes the
 * expression ask for more text cannot start a match. A text that holds none of a rule's
 * beginnings skips it. The answer is the one trying every rule gives
 * ({@code WordsRulesTests}); most rules begin with a few words, so a short question tries
 * a handful of them instead of all of them.
 * <p>
 * An expression that starts with {@code ^}, negative lookaheads and {@code .*} ("no such
 * word anywhere, then…") can match only where the rest of it can, so its beginnings are
 * the rest's. An expression with a positive lookbehind, or with more beginnings than are
 * worth checking, is always tried; so is every rule on a text with other characters than
 * folded words have.
 */
final class WordsRules {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 ";

    private static final int LONGEST_BEGINNING = 3;

    private static final int MOST_BEGINNINGS = 200;

    /**
     * What comes before a beginning: the start of the text, a word character, a space; so
     * that {@code \b} and negative lookbehinds may go either way.
     */
    private static final List<String> BEFORE = List.of("", "a", " ");

    private final List<Rule> rules;

    private WordsRules(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * Rules for the given expressions, each with the beginnings a match can have.
     * @param patterns expressions over folded words
     * @return the rules, in the same order
     */
    static WordsRules of(List<Pattern> patterns) {
        return new WordsRules(patterns.stream().map((pattern) -> new Rule(pattern, beginnings(pattern))).toList());
    }

    /**
     * Whether any rule finds a match in the text.
     * @param text folded words ({@link Folding#wordsText})
     * @return true when one of the rules matches somewhere in it
     */
    boolean anyFinds(String text) {
        boolean foldedWords = text.chars().allMatch((c) -> ALPHABET.indexOf(c) >= 0);
        for (Rule rule : this.rules) {
            if ((!foldedWords || rule.mayMatch(text)) && rule.pattern().matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    // Null when the rule is always tried.
    private static String[] beginnings(Pattern pattern) {
        if (pattern.pattern().contains("(?<=")) {
            return null;
        }
        String rest = afterLeadingLookaheads(pattern.pattern());
        Pattern start = (rest != null) ? Pattern.compile(rest) : pattern;
        List<String> beginnings = new ArrayList<>();
        List<String> open = List.of("");
        for (int length = 0; length <= LONGEST_BEGINNING && !open.isEmpty(); length++) {
            List<String> longer = new ArrayList<>();
            for (String beginning : open) {
                Reading reading = read(start, beginning);
                if (reading == Reading.MATCHES || (reading == Reading.NEEDS_MORE && length == LONGEST_BEGINNING)) {
                    beginnings.add(beginning);
                }
                else if (reading == Reading.NEEDS_MORE) {
                    ALPHABET.chars().forEach((c) -> longer.add(beginning + (char) c));
                }
            }
            if (beginnings.contains("") || beginnings.size() + longer.size() > MOST_BEGINNINGS * ALPHABET.length()) {
                return null;
            }
            open = longer;
        }
        return (beginnings.size() > MOST_BEGINNINGS) ? null : beginnings.toArray(String[]::new);
    }

    private static Reading read(Pattern pattern, String beginning) {
        boolean needsMore = false;
        for (String before : BEFORE) {
            Matcher matcher = pattern.matcher(before + beginning);
            matcher.region(before.length(), before.length() + beginning.length())
                .useTransparentBounds(true)
                .useAnchoringBounds(before.isEmpty());
            if (matcher.lookingAt()) {
                return Reading.MATCHES;
            }
            needsMore |= matcher.hitEnd();
        }
        return needsMore ? Reading.NEEDS_MORE : Reading.CANNOT;
    }

    // "^(?!…)(?!…).*rest" gives "rest"; anything else null.
    private static String afterLeadingLookaheads(String regex) {
        if (!regex.startsWith("^")) {
            return null;
        }
        int at = 1;
        while (regex.startsWith("(?!", at)) {
            int depth = 0;
            int end = at;
            for (; end < regex.length(); end++) {
                char c = regex.charAt(end);
                if (c == '\\') {
                    end++;
                }
                else if (c == '(') {
                    depth++;
                }
                else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            at = end + 1;
        }
        if (!regex.startsWith(".*", at) || regex.startsWith(".*?", at) || regex.startsWith(".*+", at)) {
            return null;
        }
        String rest = regex.substring(at + 2);
        // A character class in the lookaheads could hide a parenthesis from the count
        // above, and a back reference would count other groups: always tried.
        boolean plain = regex.lastIndexOf('[', at) < 0 && !rest.matches("(?s).*\\\\[0-9k].*");
        return plain ? rest : null;
    }

    private enum Reading {

        MATCHES, NEEDS_MORE, CANNOT

    }

    private record Rule(Pattern pattern, String[] beginnings) {

        boolean mayMatch(String text) {
            if (this.beginnings == null) {
                return true;
            }
            for (String beginning : this.beginnings) {
                if (text.contains(beginning)) {
                    return true;
                }
            }
            return false;
        }

    }

}
