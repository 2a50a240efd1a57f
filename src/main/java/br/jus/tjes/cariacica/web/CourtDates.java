package br.jus.tjes.cariacica.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

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
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip())).filter(CourtDates::within);
        }
        catch (DateTimeException ex) {
            return Optional.empty();
        }
    }

    /**
     * Reads an ISO date and time ({@code 2027-01-31T14:30}, seconds optional).
     * @param text the date and time as typed
     * @return the date and time, or empty when blank, unreadable or out of bounds
     */
    public static Optional<LocalDateTime> dateTime(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip())).filter((value) -> within(value.toLocalDate()));
        }
        catch (DateTimeException ex) {
            return Optional.empty();
        }
    }

    /**
     * Whether a date lies within the bounds every input keeps to.
     * @param date a date
     * @return {@code true} from {@link #MIN} to {@link #MAX}, both included
     */
    public static boolean within(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /**
     * Binds {@code LocalDate} form fields and parameters; a bad value is a binding error
     * ({@code typeMismatch}), never an exception further on.
     */
    static final class LocalDateFormatter implements Formatter<LocalDate> {

        @Override
        public LocalDate parse(String text, Locale locale) {
            return date(text).orElseThrow(() -> new IllegalArgumentException("Not a date within bounds"));
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return date.toString();
        }

    }

    /**
     * Binds {@code LocalDateTime} form fields, as a {@code datetime-local} input sends
     * them.
     */
    static final class LocalDateTimeFormatter implements Formatter<LocalDateTime> {

        @Override
        public LocalDateTime parse(String text, Locale locale) {
            return dateTime(text).orElseThrow(() -> new IllegalArgumentException("Not a date and time within bounds"));
        }

        @Override
        public String print(LocalDateTime dateTime, Locale locale) {
            return DATE_TIME.format(dateTime);
        }

    }

}
