package br.jus.tjes.cariacica.content;

import java.util.List;

/**
 * Why a field of a hearing (in the form or in a CSV line) is not accepted.
 *
 * @param field the form field and CSV column ({@code data}, {@code processo}…), or
 * {@code null} for the whole line
 * @param messageKey the Portuguese message in the bundle
 * @param arguments its arguments (what was typed, a limit, a line number)
 */
public record HearingProblem(String field, String messageKey, List<Object> arguments) {

    public static HearingProblem of(String field, String messageKey, Object... arguments) {
        return new HearingProblem(field, messageKey, List.of(arguments));
    }

    /** A problem whose only argument is what was typed, cut to 40 characters. */
    public static HearingProblem quoting(String field, String messageKey, String typed) {
        String text = (typed != null) ? typed.strip() : "";
        return of(field, messageKey, (text.length() > 40) ? text.substring(0, 40) + "…" : text);
    }

    public Object[] argumentArray() {
        return this.arguments.toArray();
    }
}
