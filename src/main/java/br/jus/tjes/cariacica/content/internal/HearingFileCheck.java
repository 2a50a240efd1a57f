package br.jus.tjes.cariacica.content.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import br.jus.tjes.cariacica.content.HearingFields;
import br.jus.tjes.cariacica.content.HearingProblem;
import br.jus.tjes.cariacica.content.internal.HearingImport.BadLine;
import br.jus.tjes.cariacica.content.internal.HearingImport.Line;
import br.jus.tjes.cariacica.content.internal.HearingImport.Preview;

/**
 * Checks a whole file: its header names the columns (any order, see
 * {@link HearingFields#NAMES}), every line is checked like the staff form, and a hearing
 * may appear once, in the file and on the pauta (same case, same date and time).
 */
final class HearingFileCheck {

    private HearingFileCheck() {
    }

    static String key(String caseNumber, Instant at) {
        return caseNumber + "@" + at;
    }

    /**
     * Reads and checks a file, without staging it (the preview has no id).
     * @param existing the hearings already on the pauta of the given case numbers, as
     * {@link #key}s
     */
    static Preview check(String name, byte[] content, Function<Set<String>, Set<String>> existing) {
        var parsed = HearingCsv.read(content, HearingImport.MAX_LINES);
        if (parsed.problem() != null) {
            return fileProblem(name, parsed.problem());
        }
        var columns = new ArrayList<String>();
        for (String title : parsed.header().fields()) {
            String heading = HearingFields.column(title);
            if (!HearingFields.NAMES.contains(heading)) {
                return fileProblem(name,
                        HearingProblem.quoting(null, "admin.pauta.importar.erro.coluna-desconhecida", title));
            }
            if (columns.contains(heading)) {
                return fileProblem(name,
                        HearingProblem.quoting(null, "admin.pauta.importar.erro.coluna-repetida", title));
            }
            columns.add(heading);
        }
        var missing = new LinkedHashSet<>(HearingFields.NAMES);
        HearingFields.OPTIONAL.forEach(missing::remove);
        columns.forEach(missing::remove);
        if (!missing.isEmpty()) {
            return fileProblem(name,
                    HearingProblem.of(null, "admin.pauta.importar.erro.colunas-faltando", String.join(", ", missing)));
        }
        if (parsed.rows().isEmpty()) {
            return fileProblem(name, HearingProblem.of(null, "admin.pauta.importar.erro.sem-linhas"));
        }

        var lines = new ArrayList<Line>();
        var bad = new ArrayList<BadLine>();
        var firstLineOf = new HashMap<String, Integer>();
        for (var row : parsed.rows()) {
            if (row.fields().size() != columns.size()) {
                bad.add(new BadLine(row.line(), List
                    .of(HearingProblem.of(null, "admin.pauta.erro.colunas", row.fields().size(), columns.size()))));
                continue;
            }
            var values = new HashMap<String, String>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), row.fields().get(i));
            }
            var checked = HearingFields.of(values).check();
            if (!checked.valid()) {
                bad.add(new BadLine(row.line(), checked.problems()));
                continue;
            }
            String key = key(checked.hearing().caseNumber(), checked.hearing().instant());
            Integer first = firstLineOf.putIfAbsent(key, row.line());
            if (first != null) {
                bad.add(new BadLine(row.line(),
                        List.of(HearingProblem.of(null, "admin.pauta.erro.duplicada-arquivo", first))));
                continue;
            }
            lines.add(new Line(row.line(), checked.hearing()));
        }

        var keys = existing
            .apply(lines.stream().map((line) -> line.hearing().caseNumber()).collect(Collectors.toSet()));
        var fresh = new ArrayList<Line>();
        for (var line : lines) {
            if (keys.contains(key(line.hearing().caseNumber(), line.hearing().instant()))) {
                bad.add(new BadLine(line.number(),
                        List.of(HearingProblem.of(null, "admin.pauta.erro.duplicada-pauta"))));
            }
            else {
                fresh.add(line);
            }
        }
        bad.sort(Comparator.comparingInt(BadLine::number));
        return new Preview(null, name, List.copyOf(fresh), List.copyOf(bad), null);
    }

    private static Preview fileProblem(String name, HearingProblem problem) {
        return new Preview(null, name, List.of(), List.of(), problem);
    }

}
