package br.jus.tjes.cariacica.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.format.Formatter;

/**
 * The one way a date typed by a person (a query parameter, a form field) becomes a
 * {@link LocalDate}: ISO text with a four-digit year from 1900, what a date input sends.
 * {@code LocalDate} itself reaches year 999,999,999, where adding a day throws and
 * PostgreSQL refuses the value; a bounded date can be moved by years and stored without
 * either. Features keep their own narrower rules on top (a hearing is from 2000 to 2199).
 */
public final class CourtDates {

    /** The earliest date any input may name. */
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

    /** The latest date any input may name. */
    public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

    /** How a date and time is written in a {@code datetime-local} field. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    private CourtDates() {
    }

    /**
     * Reads an ISO date ({@code 2027-01-31}).
     * @param text the date as typed, possibly with spaces around it
     * @return the date, or empty when the text is blank, not a date, or outside
     * {@link #MIN} to {@link #MAX}
     */
    public static Optional<LocalDate> date(String text) {
        return read(text, LocalDate::parse, Function.identity());
    }

    /**
     * Reads an ISO date and time ({@code 2027-01-31T14:30}, seconds optional).
     * @param text the date and time as typed
     * @return the date and time, or empty when blank, unreadable or out of bounds
     */
    public static Optional<LocalDateTime> dateTime(String text) {
        return read(text, LocalDateTime::parse, LocalDateTime::toLocalDate);
    }

    /**
     * Whether a date lies within the bounds every input keeps to.
     * @param date a date
     * @return {@code true} from {@link #MIN} to {@link #MAX}, both included
     */
    public static boolean within(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    private static <T> Optional<T> read(String text, Function<String, T> parse, Function<T, LocalDate> day) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.strip())).filter((value) -> within(day.apply(value)));
        }
        catch (DateTimeException ex) {
            return Optional.empty();
        }
    }

    /**
     * Binds form fields and parameters through one of the readers above
     * ({@code LocalDate}, and {@code LocalDateTime} as a {@code datetime-local} input
     * sends it); a bad value is a binding error ({@code typeMismatch}), never an
     * exception further on.
     *
     * @param <T> the type bound
     * @param reader reads a value, empty when the text is not one within bounds
     * @param writer writes a value as its field shows it
     * @param problem what a refused text is not (the exception's message, for the log)
     */
    record InputFormatter<T>(Function<String, Optional<T>> reader, Function<T, String> writer,
            String problem) implements Formatter<T> {

        static final InputFormatter<LocalDate> DATE = new InputFormatter<>(CourtDates::date, LocalDate::toString,
                "Not a date within bounds");

        static final InputFormatter<LocalDateTime> DATE_TIME = new InputFormatter<>(CourtDates::dateTime,
                CourtDates.DATE_TIME::format, "Not a date and time within bounds");

        @Override
        public T parse(String text, Locale locale) {
            return this.reader.apply(text).orElseThrow(() -> new IllegalArgumentException(this.problem));
        }

        @Override
        public String print(T value, Locale locale) {
            return this.writer.apply(value);
        }

    }

}
