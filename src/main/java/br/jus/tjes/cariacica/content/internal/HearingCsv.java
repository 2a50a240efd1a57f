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
     * Reads a CSV file of hearings.
     * @param maxRows more non-blank rows than this make the file a problem (checked while
     * reading)
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

        var rows = new ArrayList<Row>();
        Row header = null;
        var parser = new Parser(text, separator);
        Row row;
        while ((row = parser.next()) != null) {
            if (row.blank()) {
                continue;
            }
            if (header == null) {
                header = row;
                continue;
            }
            if (rows.size() == maxRows) {
                return Parsed.failed("admin.pauta.importar.erro.linhas", maxRows);
            }
            rows.add(row);
        }
        if (parser.unclosedQuoteAt > 0) {
            return Parsed.failed("admin.pauta.importar.erro.aspas", parser.unclosedQuoteAt);
        }
        if (header == null) {
            return Parsed.failed("admin.pauta.importar.erro.vazio");
        }
        return new Parsed(header, List.copyOf(rows), null);
    }

    private static long count(String line, char c) {
        return line.chars().filter((ch) -> ch == c).count();
    }

    /**
     * One record of the file, numbered by the physical line it starts on (the header is
     * line 1).
     */
    record Row(int line, List<String> fields) {

        boolean blank() {
            return this.fields.stream().allMatch(String::isBlank);
        }
    }

    /** The header and the rows, or why the file cannot be read at all. */
    record Parsed(Row header, List<Row> rows, HearingProblem problem) {

        static Parsed failed(String key, Object... arguments) {
            return new Parsed(null, List.of(), HearingProblem.of(null, key, arguments));
        }
    }

    private static final class Parser {

        private final String text;

        private final char separator;

        private int position;

        private int line = 1;

        int unclosedQuoteAt;

        Parser(String text, char separator) {
            this.text = text;
            this.separator = separator;
        }

        Row next() {
            if (this.position >= this.text.length()) {
                return null;
            }
            int startLine = this.line;
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            // Whether the field so far is blank, kept as characters arrive: asking the
            // builder at each quote made a field of quotes quadratic (1 MB took minutes).
            boolean blankSoFar = true;
            while (this.position < this.text.length()) {
                char c = this.text.charAt(this.position++);
                if (quoted) {
                    if (c == '"') {
                        if (this.position < this.text.length() && this.text.charAt(this.position) == '"') {
                            field.append('"');
                            this.position++;
                        }
                        else {
                            quoted = false;
                        }
                    }
                    else {
                        if (c == '\n') {
                            this.line++;
                        }
                        field.append(c);
                    }
                }
                else if (c == '"' && !wasQuoted && blankSoFar) {
                    quoted = true;
                    wasQuoted = true;
                    field.setLength(0);
                }
                else if (c == this.separator) {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                    blankSoFar = true;
                }
                else if (c == '\n') {
                    this.line++;
                    break;
                }
                else if (c != '\r') {
                    field.append(c);
                    blankSoFar = blankSoFar && Character.isWhitespace(c);
                }
            }
            if (quoted) {
                this.unclosedQuoteAt = startLine;
            }
            fields.add(field.toString());
            return new Row(startLine, List.copyOf(fields));
        }

    }

}
