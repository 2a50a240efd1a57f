package br.jus.tjes.cariacica.site;

import java.util.List;

import br.jus.tjes.cariacica.content.HearingFilter;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The CNJ number check: format and check digits, TJES or not, and its public hearings.
 */
class CaseLookupControllerTests extends SiteWebSlice {

    private static final String PJE = "https://pje.tjes.jus.br/pje/ConsultaPublica/listView.seam";

    @Test
    void withoutANumberThePageShowsTheEmptyFormAndThePjeLink() {
        var result = this.mvc.get().uri("/consulta-processual").exchange();

        assertThat(result).hasStatusOk().hasViewName("consulta/consulta");
        assertThat(result).model()
            .containsEntry("numero", "")
            .containsEntry("pjeUrl", PJE)
            .doesNotContainKeys("erro", "processo");
        then(this.content).should(never()).hearings(any());
    }

    @Test
    void aTjesNumberIsFormattedAndItsPublicHearingsListed() {
        var result = this.mvc.get().uri("/consulta-processual?numero=00012344520248080012").exchange();

        assertThat(result).hasStatusOk().hasViewName("consulta/consulta");
        assertThat(result).model()
            .containsEntry("processo", "0001234-45.2024.8.08.0012")
            .containsEntry("tjes", true)
            .containsEntry("audiencias", List.of());
        then(this.content).should().hearings(HearingFilter.ofCase("0001234-45.2024.8.08.0012"));
    }

    @Test
    void aValidNumberOfAnotherCourtIsNotLookedUp() {
        // 8.26: São Paulo's court of justice.
        var result = this.mvc.get().uri("/consulta-processual?numero=1000000-37.2024.8.26.0100").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).model().containsEntry("tjes", false).containsEntry("audiencias", List.of());
        then(this.content).should(never()).hearings(any());
    }

    @Test
    void wrongCheckDigitsAreAMessageAndStatus400() {
        var result = this.mvc.get().uri("/consulta-processual?numero=0001234-46.2024.8.08.0012").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("consulta/consulta");
        assertThat(result).model()
            .containsEntry("erro", "consulta.erro.check-digits")
            .containsEntry("numero", "0001234-46.2024.8.08.0012")
            .doesNotContainKey("processo");
    }

    @Test
    void anOverlongInputIsCutForDisplayAndRefusedAsFormat() {
        String input = "1".repeat(60);

        var result = this.mvc.get().uri("/consulta-processual?numero=" + input).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).model()
            .containsEntry("erro", "consulta.erro.format")
            .containsEntry("numero", "1".repeat(CaseLookupController.MAX_INPUT));
    }

}
