package br.jus.tjes.cariacica.site;

import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.content.Notice;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

class NoticeControllerTests extends SiteWebSlice {

    @Test
    void theListShowsTheVisibleNoticesTenAPage() {
        var notices = new ArrayList<Notice>();
        notices.add(notice("futuro", -2));
        for (int i = 0; i < 12; i++) {
            notices.add(notice("aviso-" + i, i));
        }
        given(this.content.publishedNotices()).willReturn(notices);

        var result = this.mvc.get().uri("/avisos?pagina=2").exchange();

        assertThat(result).hasStatusOk().hasViewName("avisos/lista");
        assertThat(result).model().hasEntrySatisfying("notices", (value) -> {
            var page = (Paged<?>) value;
            assertThat(page.page()).isEqualTo(2);
            assertThat(page.totalPages()).isEqualTo(2);
            assertThat(page.total()).as("the notice still to come is not counted").isEqualTo(12);
            assertThat(page.items()).extracting((notice) -> ((Notice) notice).slug())
                .containsExactly("aviso-10", "aviso-11");
            assertThat(page.hasError()).isFalse();
        });
    }

    @Test
    void aPageNumberOutOfRangeShowsPageOneWithItsMessageAnd400() {
        given(this.content.publishedNotices()).willReturn(List.of(notice("hoje", 0)));

        var result = this.mvc.get().uri("/avisos?pagina=7").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("avisos/lista");
        assertThat(result).model().hasEntrySatisfying("notices", (value) -> {
            var page = (Paged<?>) value;
            assertThat(page.page()).isEqualTo(1);
            assertThat(page.errorKey()).isEqualTo("paginacao.erro.invalida");
        });
    }

    @Test
    void aVisibleNoticeHasItsPageAndOneStillToComeIsNotFound() {
        given(this.content.publishedNotices()).willReturn(List.of(notice("futuro", -1), notice("hoje", 0)));

        var shown = this.mvc.get().uri("/avisos/hoje").exchange();
        var hidden = this.mvc.get().uri("/avisos/futuro").exchange();

        assertThat(shown).hasStatusOk().hasViewName("avisos/aviso");
        assertThat(shown).model().containsEntry("notice", notice("hoje", 0));
        assertThat(hidden).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFeedIsAtomWithTheVisibleNoticesOnly() {
        given(this.content.publishedNotices()).willReturn(List.of(notice("futuro", -1), notice("hoje", 0)));

        var result = this.mvc.get().uri("/avisos/feed.xml").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/atom+xml;charset=UTF-8");
        assertThat(result).bodyText().contains("Aviso hoje", "/avisos/hoje").doesNotContain("futuro");
    }

}
