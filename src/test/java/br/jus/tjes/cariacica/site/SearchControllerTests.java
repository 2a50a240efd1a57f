package br.jus.tjes.cariacica.site;

import java.util.List;

import br.jus.tjes.cariacica.search.SearchHit;
import br.jus.tjes.cariacica.search.SearchResults;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

class SearchControllerTests extends SiteWebSlice {

    @Test
    void aBlankQueryShowsTheFormWithoutSearching() {
        var result = this.mvc.get().uri("/busca").param("q", "  ").exchange();

        assertThat(result).hasStatusOk().hasViewName("busca/busca");
        assertThat(result).model().containsEntry("q", "").doesNotContainKey("resultados");
        then(this.search).shouldHaveNoInteractions();
    }

    @Test
    void aQueryIsSearchedTrimmedAndItsResultsShown() {
        var hits = new SearchResults("certidão", List.of(new SearchHit("guia", "certidoes", "Certidões",
                "/servicos/certidoes", "<mark>Certidão</mark>", "Certidão", 1.0)), 1, 0, SearchController.PAGE_SIZE,
                false);
        given(this.search.search("certidão", 1, SearchController.PAGE_SIZE)).willReturn(hits);

        var result = this.mvc.get().uri("/busca?q= certidão &pagina=2").exchange();

        assertThat(result).hasStatusOk().hasViewName("busca/busca");
        assertThat(result).model().containsEntry("q", "certidão").containsEntry("resultados", hits);
        assertThat(result).bodyText().contains("/servicos/certidoes");
    }

    @Test
    void aQueryLongerThanTheLimitIsCut() {
        this.mvc.get().uri("/busca?q=" + "a".repeat(300)).exchange();

        then(this.search).should().search("a".repeat(SearchController.MAX_QUERY), 0, SearchController.PAGE_SIZE);
    }

    @Test
    void anUnreadablePageSearchesPageOneWithItsMessageAnd400() {
        given(this.search.search(anyString(), anyInt(), anyInt()))
            .willReturn(SearchResults.empty("prazo", SearchController.PAGE_SIZE));

        var result = this.mvc.get().uri("/busca?q=prazo&pagina=0").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("busca/busca");
        assertThat(result).model().containsEntry("erro", "paginacao.erro.invalida");
        then(this.search).should().search("prazo", 0, SearchController.PAGE_SIZE);
    }

}
