package br.jus.tjes.cariacica.content;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A hearing as typed, in the staff form or in one line of a CSV file: the same rules for
 * both. The names are the form's fields and the file's columns.
 */
public record HearingFields(String data, String hora, String processo, String classe, String tipo, String forma,
        String sala, String situacao, String segredo) {

    public static final List<String> NAMES = List.of("data", "hora", "processo", "classe", "tipo", "forma", "sala",
            "situacao", "segredo");

    /**
     * Columns a file may leave out: no room (a virtual hearing), status DESIGNADA, not
     * sealed.
     */
    public static final List<String> OPTIONAL = List.of("sala", "situacao", "segredo");

    public static final int MAX_CLASS = 150;

    public static final int MAX_ROOM = 100;

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]")
        .withResolverStyle(ResolverStyle.STRICT);

    /** Other names a spreadsheet may use for a column. */
    private static final Map<String, String> ALIASES = Map.of("modalidade", "forma", "numero", "processo", "sigilo",
            "segredo", "segredodejustica", "segredo", "horario", "hora", "classeprocessual", "classe");

    private static final Map<String, Boolean> YES_NO = Map.of("sim", true, "s", true, "true", true, "1", true, "nao",
            false, "n", false, "false", false, "0", false, "", false);

    /** Builds the fields from named values (a CSV line); missing names are empty. */
    public static HearingFields of(Map<String, String> values) {
        return new HearingFields(values.get("data"), values.get("hora"), values.get("processo"), values.get("classe"),
                values.get("tipo"), values.get("forma"), values.get("sala"), values.get("situacao"),
                values.get("segredo"));
    }

    public Checked check() {
        var problems = new ArrayList<HearingProblem>();
        LocalDate date = required("data", this.data, problems) ? date(this.data.strip(), problems) : null;
        LocalTime time = required("hora", this.hora, problems) ? time(this.hora.strip(), problems) : null;
        String caseNumber = required("processo", this.processo, problems) ? caseNumber(this.processo, problems) : null;
        String proceduralClass = required("classe", this.classe, problems)
                ? text("classe", this.classe, MAX_CLASS, problems) : null;
        Hearing.Type type = required("tipo", this.tipo, problems)
                ? option(Hearing.Type.class, "tipo", this.tipo, problems) : null;
        Hearing.Mode mode = required("forma", this.forma, problems)
                ? option(Hearing.Mode.class, "forma", this.forma, problems) : null;
        String room = blank(this.sala) ? null : text("sala", this.sala, MAX_ROOM, problems);
        if (mode == Hearing.Mode.PRESENCIAL && blank(this.sala)) {
            problems.add(HearingProblem.of("sala", "admin.pauta.erro.sala-presencial"));
        }
        Hearing.Status status = blank(this.situacao) ? Hearing.Status.DESIGNADA
                : option(Hearing.Status.class, "situacao", this.situacao, problems);
        Boolean sealed = YES_NO.get(key((this.segredo != null) ? this.segredo : ""));
        if (sealed == null) {
            problems.add(HearingProblem.quoting("segredo", "admin.pauta.erro.segredo", this.segredo));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        return new Checked(new HearingData(LocalDateTime.of(date, time), caseNumber, proceduralClass, type, mode, room,
                status, sealed), List.of());
    }

    /** The field a CSV column's title names: letters only, without accents, any case. */
    public static String column(String title) {
        String plain = plain(title).replaceAll("[^a-z]", "");
        return ALIASES.getOrDefault(plain, plain);
    }

    /** The fields of a stored hearing, as the form shows them. */
    public static HearingFields from(HearingData hearing) {
        return new HearingFields(hearing.scheduledAt().toLocalDate().toString(),
                hearing.scheduledAt().toLocalTime().toString(), hearing.caseNumber(), hearing.proceduralClass(),
                hearing.type().name(), hearing.mode().name(), (hearing.room() == null) ? "" : hearing.room(),
                hearing.status().name(), hearing.sealed() ? "sim" : "nao");
    }

    private static boolean required(String field, String value, List<HearingProblem> problems) {
        if (blank(value)) {
            problems.add(HearingProblem.of(field, "admin.pauta.erro.obrigatorio"));
            return false;
        }
        return true;
    }

    private static LocalDate date(String value, List<HearingProblem> problems) {
        for (var format : DATES) {
            try {
                LocalDate date = LocalDate.parse(value, format);
                if (date.getYear() >= 2000 && date.getYear() <= 2199) {
                    return date;
                }
            }
            catch (DateTimeParseException ex) {
                // Try the next accepted format.
            }
        }
        problems.add(HearingProblem.quoting("data", "admin.pauta.erro.data", value));
        return null;
    }

    private static LocalTime time(String value, List<HearingProblem> problems) {
        try {
            return LocalTime.parse(value, TIME).withSecond(0);
        }
        catch (DateTimeParseException ex) {
            problems.add(HearingProblem.quoting("hora", "admin.pauta.erro.hora", value));
            return null;
        }
    }

    private static String caseNumber(String value, List<HearingProblem> problems) {
        var parsed = CnjNumber.parse((value.length() > 60) ? "x" : value);
        if (!parsed.valid()) {
            String reason = (parsed.problem() == CnjNumber.Problem.CHECK_DIGITS) ? "digitos" : "formato";
            problems.add(HearingProblem.quoting("processo", "admin.pauta.erro.processo." + reason, value));
            return null;
        }
        if (!parsed.number().isTjes()) {
            problems.add(HearingProblem.quoting("processo", "admin.pauta.erro.processo.outro-tribunal", value));
            return null;
        }
        return parsed.number().formatted();
    }

    private static String text(String field, String value, int max, List<HearingProblem> problems) {
        String text = value.strip().replaceAll("\\s+", " ");
        if (text.length() > max) {
            problems.add(HearingProblem.of(field, "admin.pauta.erro.tamanho", max));
            return null;
        }
        return text;
    }

    /**
     * An enum by its name or its Portuguese label, ignoring case, accents, spaces and the
     * word "e".
     */
    private static <E extends Enum<E>> E option(Class<E> type, String field, String value,
            List<HearingProblem> problems) {
        String wanted = key(value);
        for (E constant : type.getEnumConstants()) {
            if (key(constant.name()).equals(wanted)) {
                return constant;
            }
        }
        problems.add(HearingProblem.quoting(field, "admin.pauta.erro." + field, value));
        return null;
    }

    private static String key(String value) {
        return String.join("",
                Arrays.stream(plain(value).split("[^a-z0-9]+")).filter((word) -> !word.equals("e")).toList());
    }

    /** Without accents, in lower case. */
    private static String plain(String value) {
        return Normalizer.normalize(value.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Either the hearing or every reason it is not one. */
    public record Checked(HearingData hearing, List<HearingProblem> problems) {

        public boolean valid() {
            return this.problems.isEmpty();
        }
    }
}
