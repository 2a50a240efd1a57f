package br.jus.tjes.cariacica.site;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.Closure;
import br.jus.tjes.cariacica.content.Notice;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.search.SiteSearch;
import br.jus.tjes.cariacica.support.WebSliceBeans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public site's controllers in a web slice: Spring MVC, Thymeleaf and the messages,
 * with the content and the search mocked and the clock fixed, so a test states what the
 * controller puts in the model and which view renders it (the pages are rendered too,
 * with the real layout). Every site slice test extends this class and declares nothing
 * else, so all of them share one application context. The security filters are left out:
 * these pages are public, and who may open what is {@code StaffAccessMatrixTests}'s.
 */
@WebMvcTest(controllers = { UnitPagesController.class, ServiceGuideController.class, FaqController.class,
        NoticeController.class, PautaController.class, CaseLookupController.class, SearchController.class,
        SearchEnginesController.class, ContrastController.class }, properties = WebSliceBeans.NO_DATABASE)
@AutoConfigureMockMvc(addFilters = false)
@Import({ LayoutData.class, Dates.class, AtomFeed.class, SiteWebSlice.SiteSettings.class, WebSliceBeans.class })
abstract class SiteWebSlice {

    static final Instant NOW = WebSliceBeans.NOW;

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SiteContent content;

    @MockitoBean
    SiteSearch search;

    static Unit unit(List<Channel> channels, List<Closure> closures) {
        return new Unit("2ª Vara Cível de Cariacica", "<p>Ações cíveis</p>", "<p>Crimes</p>",
                new Unit.Address("Rua Meridional, 1000", "Alto Lage", "Cariacica", "ES", "29151-000"),
                "https://mapa.example/forum", "<p>Rampa</p>", "<p>Plantão</p>", "<p>Ouvidoria</p>", "<p>Defensoria</p>",
                "encarregado@tjes.jus.br", "(27) 3000-0000", "https://defensoria.es.def.br", channels, closures,
                List.of());
    }

    static Channel counter() {
        return new Channel("balcao", Channel.Kind.BALCAO_PRESENCIAL, "Balcão presencial", "Fórum de Cariacica", null,
                "<p>No fórum</p>",
                List.of(new Channel.Hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(18, 0)),
                        new Channel.Hours(DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(18, 0))));
    }

    static Channel virtualCounter() {
        return new Channel("virtual", Channel.Kind.BALCAO_VIRTUAL, "Balcão Virtual", "Sala virtual",
                "https://balcao.example/cariacica", "<p>Por vídeo</p>",
                List.of(new Channel.Hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(18, 0))));
    }

    /**
     * A notice published {@code daysAgo} days before {@link #NOW} (negative: still to
     * come).
     */
    static Notice notice(String slug, int daysAgo) {
        Instant published = NOW.minusSeconds(daysAgo * 86_400L);
        return new Notice(slug, "Aviso " + slug, "Resumo " + slug, "<p>Corpo</p>", "Corpo", published, published);
    }

    /** The settings the controllers read. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SiteProperties.class)
    static class SiteSettings {

    }

}
