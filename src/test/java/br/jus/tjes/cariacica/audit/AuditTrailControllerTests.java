package br.jus.tjes.cariacica.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.site.Dates;
import br.jus.tjes.cariacica.site.LayoutData;
import br.jus.tjes.cariacica.support.WebSliceBeans;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;

/**
 * The audit page in a web slice, with the trail's query mocked: which filter reaches the
 * query, and the error code of a filter that cannot be read (the page then shows the
 * unfiltered trail with the message). The query itself is {@code AuditTrailTests}'s.
 */
@WebMvcTest(controllers = AuditTrailController.class, properties = WebSliceBeans.NO_DATABASE)
@Import({ LayoutData.class, Dates.class, WebSliceBeans.class })
@WithMockUser(username = "maria", roles = "ADMIN")
class AuditTrailControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AuditTrail trail;

    @MockitoBean
    SiteContent content;

    @Test
    void withoutFiltersThePageShowsTheFirstPageOfTheWholeTrail() {
        var entry = new AuditEntry(1, LocalDateTime.of(2027, 3, 15, 12, 0), AuditAction.ACCOUNT_CREATED, "maria",
                "203.0.113.7", "conta:joao", null, null, "usuario=joao");
        var page = new AuditTrail.Page(List.of(entry), 1, false);
        given(this.trail.find(any())).willReturn(page);

        var result = this.mvc.get().uri("/admin/auditoria").exchange();

        assertThat(result).hasStatusOk().hasViewName("auditoria/lista");
        assertThat(result).model()
            .containsEntry("pagina", page)
            .containsEntry("acoes", AuditAction.values())
            .doesNotHaveErrors();
        then(this.trail).should().find(new AuditFilter(null, null, null, null, null, null));
        assertThat(result).bodyText().contains("conta:joao");
    }

    @Test
    void everyFilterReachesTheQuery() {
        given(this.trail.find(any())).willReturn(new AuditTrail.Page(List.of(), 2, false));

        this.mvc.get()
            .uri("/admin/auditoria?acao=ACCOUNT_CREATED&usuario=maria&alvo=conta:&de=2027-03-01&ate=2027-03-15&pagina=2")
            .exchange();

        then(this.trail).should()
            .find(new AuditFilter(AuditAction.ACCOUNT_CREATED, "maria", "conta:", LocalDate.of(2027, 3, 1),
                    LocalDate.of(2027, 3, 15), 2));
    }

    @Test
    void anUnreadableFilterIsAnErrorOfItsFieldAndTheWholeTrailIsShown() {
        given(this.trail.find(any())).willReturn(new AuditTrail.Page(List.of(), 1, false));

        var unreadable = this.mvc.get()
            .uri("/admin/auditoria?acao=NO_SUCH_ACTION&de=15/03/2027&usuario=maria")
            .exchange();
        var outOfRange = this.mvc.get().uri("/admin/auditoria?pagina=0&usuario=maria").exchange();

        assertThat(unreadable).hasStatusOk().hasViewName("auditoria/lista");
        assertThat(unreadable).model()
            .extractingBindingResult("filtro")
            .hasOnlyFieldErrors("acao", "de")
            .hasFieldErrorCode("acao", "typeMismatch")
            .hasFieldErrorCode("de", "typeMismatch");
        assertThat(outOfRange).hasStatusOk().hasViewName("auditoria/lista");
        assertThat(outOfRange).model().extractingBindingResult("filtro").hasFieldErrorCode("pagina", "Min");
        // Neither narrows the trail to maria's events: the page shows everything.
        then(this.trail).should(times(2)).find(AuditFilter.none());
    }

}
