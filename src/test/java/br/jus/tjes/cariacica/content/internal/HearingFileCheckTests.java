package br.jus.tjes.cariacica.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Function;

import br.jus.tjes.cariacica.content.CnjNumber;
import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file rules without a database: separators, quotes, byte order mark, encoding,
 * header and limits.
 */
class HearingFileCheckTests {

    private static final String NUMBER = "0001234-" + CnjNumber.checkDigitsFor("0001234", "2024", "8", "08", "0012")
            + ".2024.8.08.0012";

    private static final Function<Set<String>, Set<String>> NONE = (numbers) -> Set.of();

    @Test
    void semicolonsWithAByteOrderMarkAndCrlfLineEndsAreRead() {
        String csv = "\uFEFFData;Hora;Processo;Classe;Tipo;Forma;Sala;Situação;Segredo\r\n" + "15/03/2027;14:00;"
                + NUMBER + ";Procedimento Comum Cível;Conciliação;Presencial;Sala 1;;Sim\r\n";

        var result = HearingFileCheck.check("a.csv", csv.getBytes(StandardCharsets.UTF_8), NONE);

        assertThat(result.fileProblem()).isNull();
        assertThat(result.badLines()).isEmpty();
        assertThat(result.lines()).singleElement().satisfies((line) -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.hearing().caseNumber()).isEqualTo(NUMBER);
            assertThat(line.hearing().status()).isEqualTo(Hearing.Status.DESIGNADA);
            assertThat(line.hearing().sealed()).isTrue();
        });
    }

    @Test
    void commasWithQuotedFieldsKeepTheSeparatorAndQuotesInsideAndNumberLinesByWhereTheyStart() {
        String csv = "processo,data,hora,classe,tipo,forma\n" + NUMBER
                + ",15/03/2027,14:00,\"Classe, com \"\"aspas\"\"\nem duas linhas\",Mediação,Virtual\n" + NUMBER
                + ",15/03/2027,99:00,Classe,Mediação,Virtual\n";

        var result = HearingFileCheck.check("a.csv", csv.getBytes(StandardCharsets.UTF_8), NONE);

        assertThat(result.lines()).singleElement()
            .satisfies((line) -> assertThat(line.hearing().proceduralClass())
                .isEqualTo("Classe, com \"aspas\" em duas linhas"));
        assertThat(result.badLines()).singleElement().satisfies((bad) -> {
            assertThat(bad.number()).isEqualTo(4);
            assertThat(bad.problems()).extracting((p) -> p.messageKey()).containsExactly("admin.pauta.erro.hora");
        });
    }

    @Test
    void aHearingAlreadyOnThePautaIsABadLine() {
        String csv = "data;hora;processo;classe;tipo;forma\n15/03/2027;14:00;" + NUMBER + ";Classe;Mediação;Virtual\n";
        Function<Set<String>, Set<String>> existing = (numbers) -> Set.of(HearingFileCheck.key(NUMBER,
                java.time.LocalDateTime.of(2027, 3, 15, 14, 0).atZone(CourtTime.ZONE).toInstant()));

        var result = HearingFileCheck.check("a.csv", csv.getBytes(StandardCharsets.UTF_8), existing);

        assertThat(result.lines()).isEmpty();
        assertThat(result.badLines()).singleElement()
            .satisfies((bad) -> assertThat(bad.problems().getFirst().messageKey())
                .isEqualTo("admin.pauta.erro.duplicada-pauta"));
    }

    @Test
    void unreadableFilesAreProblemsOfTheWholeFile() {
        assertThat(problemOf("data;hora;processo;classe;tipo;forma\n15/03/2027;14:00;x;Cível;Mediação;Virtual\n"
            .getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("admin.pauta.importar.erro.codificacao");
        assertThat(problemOf("data;hora;processo;classe;tipo\n".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo("admin.pauta.importar.erro.colunas-faltando");
        assertThat(problemOf("data;hora;processo;classe;tipo;forma;data\n".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo("admin.pauta.importar.erro.coluna-repetida");
        assertThat(problemOf("data;hora;processo;classe;tipo;forma\n".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo("admin.pauta.importar.erro.sem-linhas");
        assertThat(problemOf("\n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("admin.pauta.importar.erro.vazio");
        assertThat(problemOf(
                "data;hora;processo;classe;tipo;forma\n\"aberta;1;2;3;4;5\n".getBytes(StandardCharsets.UTF_8)))
            .isEqualTo("admin.pauta.importar.erro.aspas");
        String tooMany = "data;hora;processo;classe;tipo;forma\n"
                + "15/03/2027;14:00;x;Classe;Mediação;Virtual\n".repeat(HearingImport.MAX_LINES + 1);
        assertThat(problemOf(tooMany.getBytes(StandardCharsets.UTF_8))).isEqualTo("admin.pauta.importar.erro.linhas");
    }

    private static String problemOf(byte[] content) {
        var problem = HearingFileCheck.check("a.csv", content, NONE).fileProblem();
        return (problem != null) ? problem.messageKey() : null;
    }

}
