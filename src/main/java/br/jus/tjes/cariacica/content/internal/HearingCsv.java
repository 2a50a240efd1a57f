package br.jus.tjes.cariacica.content.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.content.HearingProblem;

/**
 * The few CSV rules spreadsheets follow when they save a file: UTF-8 with or without a
 * byte order mark, {@code ;} (what a Brazilian Excel writes) or {@code ,} between fields,
 * chosen by the header line, fields optionally in double quotes with {@code ""} for a
 * quote inside, and CRLF or LF line ends.
 */
final class HearingCsv {

    private HearingCsv() {
    }

    /**
     * Reads a CSV file; more than {@code maxRows} rows after the header are a problem.
     */
    static Parsed read(byte[] bytes, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException ex) {
            return Parsed.failed("admin.pauta.importar.erro.codificacao");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return Parsed.failed("admin.pauta.importar.erro.codificacao");
        }
        int headerEnd = text.indexOf('\n');
        String headerLine = (headerEnd < 0) ? text : text.substring(0, headerEnd);
        char separator = (count(headerLine, ';') >= count(headerLine, ',') && count(headerLine, ';') > 0) ? ';' : ',';
        return parse(text, separator, maxRows);
    }

    private static Parsed parse(String text, char separator, int maxRows) {
        var rows = new ArrayList<Row>();
        int position = 0;
        int line = 1;
        while (position < text.length()) {
            int startLine = line;
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            // Whether the field so far is blank, kept as characters arrive: asking the
            // builder at each quote made a field of quotes quadratic (1 MB took minutes).
            boolean blankSoFar = true;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '\n') {
                    line++;
                }
                if (quoted) {
                    if (c != '"') {
                        field.append(c);
                    }
                    else if (position < text.length() && text.charAt(position) == '"') {
                        field.append('"');
                        position++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else if (c == '"' && !wasQuoted && blankSoFar) {
                    quoted = true;
                    wasQuoted = true;
                    field.setLength(0);
                }
                else if (c == separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    blankSoFar = true;
                }
                else if (c == '\n') {
                    break;
                }
                else if (c != '\r') {
                    field.append(c);
                    blankSoFar = blankSoFar && Character.isWhitespace(c);
                }
            }
            fields.add(field.toString());
            if (!fields.stream().allMatch(String::isBlank)) {
                // The first row is the header.
                if (rows.size() > maxRows) {
                    return Parsed.failed("admin.pauta.importar.erro.linhas", maxRows);
                }
                rows.add(new Row(startLine, List.copyOf(fields)));
            }
            if (quoted) {
                // Quotes left open ran to the end of the file: this is the last row.
                return Parsed.failed("admin.pauta.importar.erro.aspas", startLine);
            }
        }
        if (rows.isEmpty()) {
            return Parsed.failed("admin.pauta.importar.erro.vazio");
        }
        return new Parsed(rows.getFirst(), List.copyOf(rows.subList(1, rows.size())), null);
    }

    private static long count(String line, char c) {
        return line.chars().filter((ch) -> ch == c).count();
    }

    /**
     * One record of the file, numbered by the physical line it starts on (the header is
     * line 1).
     */
    record Row(int line, List<String> fields) {
    }

    /** The header and the rows, or why the file cannot be read at all. */
    record Parsed(Row header, List<Row> rows, HearingProblem problem) {

        static Parsed failed(String key, Object... arguments) {
            return new Parsed(null, List.of(), HearingProblem.of(null, key, arguments));
        }
    }

}
