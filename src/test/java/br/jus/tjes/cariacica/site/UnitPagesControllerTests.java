package br.jus.tjes.cariacica.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import br.jus.tjes.cariacica.content.Closure;
import br.jus.tjes.cariacica.content.FaqCategory;
import br.jus.tjes.cariacica.content.Page;
import br.jus.tjes.cariacica.content.ServiceGuide;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The pages about the unit, the service guides and the FAQ: what each puts in the model,
 * and a 404 for what does not exist.
 */
class UnitPagesControllerTests extends SiteWebSlice {

    @Test
    void attendanceShowsEveryChannelsStatusAndOnlyTheClosuresStillAhead() {
        var past = new Closure(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 17), "Carnaval");
        var today = new Closure(TODAY, TODAY, "Dedetização");
        var ahead = new Closure(LocalDate.of(2027, 4, 21), LocalDate.of(2027, 4, 21), "Tiradentes");
        var unit = unit(List.of(counter(), virtualCounter()), List.of(past, today, ahead));
        given(this.content.unit()).willReturn(unit);

        var result = this.mvc.get().uri("/atendimento").exchange();

        assertThat(result).hasStatusOk().hasViewName("site/atendimento");
        assertThat(result).model()
            .containsEntry("unit", unit)
            .containsEntry("closures", List.of(today, ahead))
            .hasEntrySatisfying("statuses", (statuses) -> assertThat((List<?>) statuses).hasSize(2));
        assertThat(result).bodyText().contains("Tiradentes").doesNotContain("Carnaval");
    }

    @Test
    void theUnitPageShowsTheUnit() {
        var unit = unit(List.of(counter()), List.of());
        given(this.content.unit()).willReturn(unit);

        var result = this.mvc.get().uri("/a-vara").exchange();

        assertThat(result).hasStatusOk().hasViewName("site/a-vara");
        assertThat(result).model().containsEntry("unit", unit);
    }

    @Test
    void accessibilityAndPrivacyShowTheirPagesAndAMissingOneIsNotFound() {
        var page = new Page("privacidade", "Privacidade", "<p>LGPD</p>", "LGPD", NOW);
        given(this.content.unit()).willReturn(unit(List.of(counter()), List.of()));
        given(this.content.page("privacidade")).willReturn(Optional.of(page));
        given(this.content.page("acessibilidade")).willReturn(Optional.empty());

        var privacy = this.mvc.get().uri("/privacidade").exchange();
        var accessibility = this.mvc.get().uri("/acessibilidade").exchange();

        assertThat(privacy).hasStatusOk().hasViewName("site/privacidade");
        assertThat(privacy).model().containsEntry("page", page);
        assertThat(accessibility).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void serviceGuidesAreListedAndEachHasItsPage() {
        var guide = new ServiceGuide("certidoes", "Certidões", "Como pedir", "<p>Passos</p>", "Passos", NOW);
        given(this.content.serviceGuides()).willReturn(List.of(guide));

        var list = this.mvc.get().uri("/servicos").exchange();
        var shown = this.mvc.get().uri("/servicos/certidoes").exchange();
        var missing = this.mvc.get().uri("/servicos/alvara").exchange();

        assertThat(list).hasStatusOk().hasViewName("servicos/lista");
        assertThat(list).model().containsEntry("guides", List.of(guide));
        assertThat(shown).hasStatusOk().hasViewName("servicos/guia");
        assertThat(shown).model().containsEntry("guide", guide);
        assertThat(missing).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFaqLeavesOutCategoriesWithoutQuestions() {
        var empty = new FaqCategory("vazia", "Vazia", List.of());
        var prazos = new FaqCategory("prazos", "Prazos",
                List.of(new FaqCategory.Entry("contar", "Como contar um prazo?", "<p>Dias úteis</p>", "Dias úteis")));
        given(this.content.faq()).willReturn(List.of(empty, prazos));

        var result = this.mvc.get().uri("/perguntas-frequentes").exchange();

        assertThat(result).hasStatusOk().hasViewName("faq/perguntas");
        assertThat(result).model().containsEntry("categories", List.of(prazos));
        assertThat(result).bodyText().contains("Como contar um prazo?");
    }

}
