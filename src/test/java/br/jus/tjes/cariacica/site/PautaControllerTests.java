package br.jus.tjes.cariacica.site;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * The hearing list's parameters: each arrives as text, and a bad one is a message key
 * next to its field (the model's {@code erros}) with status 400, never an error page.
 */
class PautaControllerTests extends SiteWebSlice {

    @Test
    void withoutFiltersTheListCoversTheNextThirtyDays() {
        var hearing = new Hearing(1, ZonedDateTime.of(2027, 3, 16, 14, 0, 0, 0, CourtTime.ZONE),
                "0001234-45.2024.8.08.0012", "Procedimento Comum Cível", Hearing.Type.CONCILIACAO, Hearing.Mode.VIRTUAL,
                null, Hearing.Status.DESIGNADA, false, NOW);
        given(this.content.hearings(any())).willReturn(List.of(hearing));

        var result = this.mvc.get().uri("/pauta").exchange();

        assertThat(result).hasStatusOk().hasViewName("pauta/pauta");
        assertThat(result).model()
            .containsEntry("de", TODAY)
            .containsEntry("ate", TODAY.plusDays(30))
            .containsEntry("erros", Map.of())
            .containsEntry("atualizadoEm", NOW)
            .hasEntrySatisfying("audiencias",
                    (page) -> assertThat(((Paged<?>) page).items()).isEqualTo(List.of(hearing)));
        then(this.content).should().hearings(new HearingFilter(TODAY, TODAY.plusDays(30), null, null, null));
        assertThat(result).bodyText().contains("0001234-45.2024.8.08.0012");
    }

    @Test
    void everyFilterIsPassedOnParsed() {
        this.mvc.get()
            .uri("/pauta?de=2027-04-01&ate=2027-04-10&tipo=mediacao&modo= presencial &processo=00012344520248080012")
            .exchange();

        then(this.content).should()
            .hearings(new HearingFilter(TODAY.withMonth(4).withDayOfMonth(1), TODAY.withMonth(4).withDayOfMonth(10),
                    Hearing.Type.MEDIACAO, Hearing.Mode.PRESENCIAL, "0001234-45.2024.8.08.0012"));
    }

    @Test
    void eachUnreadableParameterIsAnErrorOfItsOwnFieldWithStatus400() {
        var result = this.mvc.get()
            .uri("/pauta?de=15/03/2027&tipo=julgamento&modo=drive-thru&processo=123&pagina=x")
            .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("pauta/pauta");
        assertThat(result).model()
            .containsEntry("erros",
                    Map.of("de", "pauta.erro.data", "tipo", "pauta.erro.opcao", "modo", "pauta.erro.opcao", "processo",
                            "pauta.erro.processo", "pagina", "paginacao.erro.invalida"))
            .containsEntry("de", TODAY)
            .containsEntry("processo", "123");
        then(this.content).should().hearings(new HearingFilter(TODAY, TODAY.plusDays(30), null, null, null));
    }

    @Test
    void anEndBeforeTheStartIsAnErrorAndTheListKeepsThirtyDays() {
        var result = this.mvc.get().uri("/pauta?de=2027-05-10&ate=2027-05-01").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).model()
            .containsEntry("erros", Map.of("ate", "pauta.erro.ate-antes"))
            .containsEntry("ate", TODAY.withMonth(6).withDayOfMonth(9));
    }

    @Test
    void aPeriodLongerThanAYearIsCutToOneAndSaysSo() {
        var result = this.mvc.get().uri("/pauta?de=2027-01-01&ate=2029-01-01").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).model()
            .containsEntry("erros", Map.of("ate", "pauta.erro.intervalo-longo"))
            .containsEntry("ate", TODAY.withMonth(1).withDayOfMonth(1).plusDays(366));
    }

}
