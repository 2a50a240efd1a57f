package br.jus.tjes.cariacica.site;

import java.util.List;

import br.jus.tjes.cariacica.content.Notice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

class HomeControllerTests extends SiteWebSlice {

    @Test
    void homeShowsTheUnitTheStatusOfEachChannelAndTheThreeLatestVisibleNotices() {
        var unit = unit(List.of(counter(), virtualCounter()), List.of());
        given(this.content.unit()).willReturn(unit);
        given(this.content.publishedNotices()).willReturn(List.of(notice("amanha", -1), notice("hoje", 0),
                notice("ontem", 1), notice("semana", 7), notice("mes", 30)));

        var result = this.mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk().hasViewName("site/home");
        assertThat(result).model()
            .containsEntry("unit", unit)
            .containsEntry("balcaoVirtual", virtualCounter())
            .hasEntrySatisfying("statuses", (statuses) -> assertThat((List<?>) statuses).hasSize(2))
            .hasEntrySatisfying("latestNotices",
                    (notices) -> assertThat((List<?>) notices).extracting((notice) -> ((Notice) notice).slug())
                        .containsExactly("hoje", "ontem", "semana"));
        assertThat(result).bodyText().contains("Aviso ontem").doesNotContain("Aviso amanha");
    }

    @Test
    void withoutAVirtualCounterTheHomeHasNoShortcutToIt() {
        given(this.content.unit()).willReturn(unit(List.of(counter()), List.of()));

        var result = this.mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk().model().containsEntry("balcaoVirtual", null);
        assertThat(result).bodyText().doesNotContain("balcao.example");
    }

}
