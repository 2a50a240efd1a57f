package br.jus.tjes.cariacica.site;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import br.jus.tjes.cariacica.content.CnjNumber;
import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pauta and the case lookup, on hearings this test creates in a month of its own far
 * in the future (so the sample hearings and other tests' rows do not interfere).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PautaAndCaseLookupTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    LocalDate month;

    String openCase;

    String sealedCase;

    List<Long> created;

    @BeforeEach
    void createHearings() {
        var random = ThreadLocalRandom.current();
        this.month = LocalDate.of(2200 + random.nextInt(700), 1 + random.nextInt(12), 1);
        this.openCase = validCnj(random.nextInt(10_000_000), "08");
        this.sealedCase = validCnj(random.nextInt(10_000_000), "08");
        this.created = List.of(
                hearing(this.month.plusDays(2), this.openCase, "Procedimento Comum Cível", "CONCILIACAO", "VIRTUAL",
                        null, "DESIGNADA", false),
                hearing(this.month.plusDays(3), this.openCase, "Procedimento Comum Cível", "INSTRUCAO_JULGAMENTO",
                        "PRESENCIAL", "Sala 1", "CANCELADA", false),
                hearing(this.month.plusDays(4), this.sealedCase, "Classe Reveladora Sigilosa", "CONCILIACAO",
                        "PRESENCIAL", "Sala 2", "DESIGNADA", true));
        this.context.publishEvent(new ContentChanged("test"));
    }

    @AfterEach
    void removeHearings() {
        this.created.forEach((id) -> this.jdbc.update("delete from hearing where id = ?", id));
        this.context.publishEvent(new ContentChanged("test"));
    }

    @Test
    void defaultPautaStartsTodayForThirtyDaysAndSaysWhenItWasUpdated() {
        var body = get(this.port, "/pauta", "Accept", "text/html").body();
        LocalDate today = LocalDate.now(CourtTime.ZONE);

        assertThat(body).contains("<h1>Pauta de audiências</h1>", "value=\"" + today + "\"",
                "value=\"" + today.plusDays(PautaController.DEFAULT_DAYS) + "\"", "Pauta atualizada em");
    }

    @Test
    void sealedHearingsShowOnlyWhenWhatAndHowNeverTheNumberOrClass() {
        var body = pauta("");

        assertThat(body).contains(this.openCase, "Processo em segredo de justiça", "Presencial — Sala 2")
            .doesNotContain(this.sealedCase, "Classe Reveladora Sigilosa");
    }

    @Test
    void aSealedCaseCannotBeConfirmedByItsNumberInThePautaOrTheLookup() {
        assertThat(pauta("&processo=" + this.sealedCase)).contains("Nenhuma audiência encontrada")
            .doesNotContain("Processo em segredo de justiça");

        var lookup = get(this.port, "/consulta-processual?numero=" + this.sealedCase, "Accept", "text/html");
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.body()).contains("Nenhuma audiência deste processo").doesNotContain("Classe Reveladora");
    }

    @Test
    void filtersByTypeModeAndCaseNumber() {
        assertThat(pauta("&modo=VIRTUAL")).contains(this.openCase)
            .doesNotContain("Processo em segredo de justiça")
            .doesNotContain("Instrução e julgamento</td>");
        assertThat(pauta("&tipo=INSTRUCAO_JULGAMENTO")).contains(this.openCase, "Cancelada")
            .doesNotContain("Processo em segredo de justiça");
        String byNumber = pauta("&processo=" + this.openCase.replaceAll("\\D", ""));
        assertThat(byNumber).contains("2 audiência(s)", "Designada", "Cancelada");
    }

    @Test
    void theLookupValidatesTheNumberSaysItIsTjesListsItsHearingsAndLinksToPje() {
        var response = get(this.port, "/consulta-processual?numero=" + this.openCase, "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Processo " + this.openCase, "Número válido, de um processo do Tribunal",
                "Conciliação, Virtual (videoconferência): Designada", "Cancelada",
                "href=\"https://pje.tjes.jus.br/pje/ConsultaPublica/listView.seam\"");
    }

    @Test
    void aValidNumberOfAnotherCourtIsSaidNotToBeTjes() {
        var response = get(this.port, "/consulta-processual?numero=" + validCnj(1234, "26"), "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("não é do Tribunal de Justiça do Espírito Santo");
    }

    @Test
    void badCaseNumbersGetAPortugueseMessageTiedToTheField() {
        String wrongDigits = this.openCase.substring(0, 8)
                + ((this.openCase.charAt(8) == '9') ? '0' : (char) (this.openCase.charAt(8) + 1))
                + this.openCase.substring(9);
        var checkDigits = get(this.port, "/consulta-processual?numero=" + wrongDigits, "Accept", "text/html");
        assertThat(checkDigits.statusCode()).isEqualTo(400);
        assertThat(checkDigits.body()).contains("Os dígitos verificadores (DD) não conferem",
                "aria-describedby=\"erro-numero ajuda-numero\"", "aria-invalid=\"true\"");

        for (String bad : List.of("123", "%3Cscript%3E", "x".repeat(300), "")) {
            var response = get(this.port, "/consulta-processual?numero=" + bad, "Accept", "text/html");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).as(bad).contains("id=\"erro-numero\"").doesNotContain("<script>");
        }
    }

    @Test
    void badPautaFiltersGetMessagesNextToTheirFieldsNeverAnError() {
        record Case(String query, String field, String message) {
        }
        for (var bad : List.of(new Case("de=31/02/2026", "de", "Data inválida"),
                new Case("de=2026-02-31", "de", "Data inválida"), new Case("ate=amanha", "ate", "Data inválida"),
                new Case("de=2026-05-10&ate=2026-05-01", "ate", "A data final é anterior à inicial"),
                new Case("de=2026-01-01&ate=2029-01-01", "ate", "no máximo um ano"),
                new Case("tipo=qualquer", "tipo", "Opção inválida"),
                new Case("modo=%3Cscript%3E", "modo", "Opção inválida"),
                new Case("processo=12345", "processo", "Número de processo inválido"),
                new Case("pagina=abc", "pagina", "Esta página não existe"),
                new Case("pagina=100000", "pagina", "Esta página não existe"))) {
            var response = get(this.port, "/pauta?" + bad.query(), "Accept", "text/html");
            assertThat(response.statusCode()).as(bad.query()).isEqualTo(400);
            assertThat(response.body()).as(bad.query())
                .contains(bad.message(), "id=\"erro-" + bad.field() + "\"", "<h1>Pauta de audiências</h1>")
                .doesNotContain("<script>");
            if (!bad.field().equals("pagina")) {
                assertThat(response.body()).as(bad.query())
                    .containsPattern("aria-describedby=\"erro-" + bad.field() + "[ \"]");
            }
        }
    }

    @Test
    void theListIsPagedTwentyAtATime() {
        var first = get(this.port, "/pauta?de=2000-01-01&ate=2000-12-31", "Accept", "text/html");
        assertThat(first.statusCode()).isEqualTo(200);
        var wide = get(this.port, "/pauta?de=" + LocalDate.now(CourtTime.ZONE).minusDays(40) + "&ate="
                + LocalDate.now(CourtTime.ZONE).plusDays(60), "Accept", "text/html")
            .body();
        assertThat(wide).contains("Página 1 de", "rel=\"next\"");
        int rows = wide.split("<time datetime=").length - 1;
        assertThat(rows).isEqualTo(PautaController.PAGE_SIZE);
    }

    private String pauta(String extra) {
        var response = get(this.port, "/pauta?de=" + this.month + "&ate=" + this.month.plusDays(27) + extra, "Accept",
                "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private Long hearing(LocalDate day, String number, String proceduralClass, String type, String mode, String room,
            String status, boolean sealed) {
        return this.jdbc.queryForObject(
                """
                        insert into hearing (scheduled_at, case_number, procedural_class, hearing_type, mode, room, status, sealed)
                        values ((?::date + time '14:00') at time zone 'America/Sao_Paulo', ?, ?, ?, ?, ?, ?, ?)
                        returning id""",
                Long.class, day.toString(), number, proceduralClass, type, mode, room, status, sealed);
    }

    private static String validCnj(int sequence, String court) {
        String seq = "%07d".formatted(sequence);
        String origin = "0012";
        return seq + "-" + CnjNumber.checkDigitsFor(seq, "2024", "8", court, origin) + ".2024.8." + court + "."
                + origin;
    }

}
