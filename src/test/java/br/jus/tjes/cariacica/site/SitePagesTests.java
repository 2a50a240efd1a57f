package br.jus.tjes.cariacica.site;

import java.util.List;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.ContentChanged;
import br.jus.tjes.cariacica.content.FaqCategory;
import br.jus.tjes.cariacica.content.Notice;
import br.jus.tjes.cariacica.content.ServiceGuide;
import br.jus.tjes.cariacica.content.SiteContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Each public page on the sample content: its view, its model and what a citizen reads on
 * it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    SiteContent content;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
    }

    @Test
    void homeShowsEachChannelOpenOrClosedTheLatestNoticesQuickLinksAndTheAssistant() throws Exception {
        var result = this.mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andExpect(view().name("site/home"))
            .andExpect(model().attributeExists("unit", "statuses", "latestNotices", "balcaoVirtual"))
            .andReturn();

        List<?> statuses = (List<?>) result.getModelAndView().getModel().get("statuses");
        long channelsWithHours = this.content.unit().channels().stream().filter(Channel::hasHours).count();
        assertThat(statuses).hasSize((int) channelsWithHours).isNotEmpty();
        @SuppressWarnings("unchecked")
        var latest = (List<Notice>) result.getModelAndView().getModel().get("latestNotices");
        assertThat(latest).hasSizeBetween(1, UnitPagesController.LATEST_NOTICES)
            .isSortedAccordingTo((a, b) -> b.publishedAt().compareTo(a.publishedAt()));

        String html = result.getResponse().getContentAsString();
        assertThat(html).containsAnyOf("Aberto agora", "Fechado agora")
            .contains("href=\"/assistente\"", "href=\"/consulta-processual\"", "href=\"/pauta\"",
                    "Balcão Virtual (videochamada)", latest.getFirst().title());
    }

    @Test
    void unitPageSaysWhatTheVaraHandlesWhatItDoesNotAndWhereItIs() throws Exception {
        String html = this.mvc.perform(get("/a-vara"))
            .andExpect(status().isOk())
            .andExpect(view().name("site/a-vara"))
            .andExpect(model().attributeExists("unit"))
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(html).contains("Juizado Especial Cível", "Vara de Família", "Vara da Fazenda Pública",
                this.content.unit().address().oneLine(), "Acessibilidade do prédio", "rampa");
    }

    @Test
    void attendancePageListsEveryChannelWithHoursClosuresPlantaoOuvidoriaAndDefensoria() throws Exception {
        var result = this.mvc.perform(get("/atendimento"))
            .andExpect(status().isOk())
            .andExpect(view().name("site/atendimento"))
            .andExpect(model().attributeExists("unit", "statuses", "closures"))
            .andReturn();
        String html = result.getResponse().getContentAsString();

        for (Channel channel : this.content.unit().channels()) {
            assertThat(html).contains(channel.name(), channel.contact());
        }
        assertThat(html).contains("segunda-feira, das 12:00 às 18:00", "Plantão judiciário", "Ouvidoria",
                "<strong>129</strong>", "Próximos dias sem expediente");
    }

    @Test
    void serviceGuidesAreListedAndEachHasItsPageAndAnUnknownOneIs404() throws Exception {
        var result = this.mvc.perform(get("/servicos"))
            .andExpect(status().isOk())
            .andExpect(view().name("servicos/lista"))
            .andReturn();
        @SuppressWarnings("unchecked")
        var guides = (List<ServiceGuide>) result.getModelAndView().getModel().get("guides");
        assertThat(guides).hasSizeGreaterThanOrEqualTo(8);

        String html = this.mvc.perform(get("/servicos/custas-e-gratuidade"))
            .andExpect(status().isOk())
            .andExpect(view().name("servicos/guia"))
            .andExpect(model().attribute("guide",
                    guides.stream().filter((g) -> g.slug().equals("custas-e-gratuidade")).findFirst().orElseThrow()))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(html).contains("<h1>Custas e gratuidade da justiça</h1>", "arts. 98 a 102");

        assertThat(get(this.port, "/servicos/nao-existe", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void noticesComeTenAPageNewestFirstAndABadPageNumberIsAMessageNotAnError() throws Exception {
        var result = this.mvc.perform(get("/avisos"))
            .andExpect(status().isOk())
            .andExpect(view().name("avisos/lista"))
            .andReturn();
        var paged = (Paged<?>) result.getModelAndView().getModel().get("notices");
        assertThat(paged.items()).hasSize(NoticeController.PAGE_SIZE);
        assertThat(paged.totalPages()).isGreaterThanOrEqualTo(2);
        @SuppressWarnings("unchecked")
        var items = (List<Notice>) paged.items();
        assertThat(items).isSortedAccordingTo((a, b) -> b.publishedAt().compareTo(a.publishedAt()));

        var second = this.mvc.perform(get("/avisos").param("pagina", "2")).andExpect(status().isOk()).andReturn();
        var secondPage = (Paged<?>) second.getModelAndView().getModel().get("notices");
        assertThat(secondPage.page()).isEqualTo(2);
        List<Object> firstItems = List.copyOf(paged.items());
        List<Object> secondItems = List.copyOf(secondPage.items());
        assertThat(secondItems).isNotEmpty().doesNotContainAnyElementsOf(firstItems);

        for (String bad : List.of("abc", "0", "-1", "99999", "1e3")) {
            var response = get(this.port, "/avisos?pagina=" + bad, "Accept", "text/html");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.body()).contains("Esta página não existe. Mostramos a primeira página.",
                    "<h1>Avisos</h1>");
        }
    }

    @Test
    void aNoticeHasItsOwnPageButDraftsAndUnknownSlugsAre404() throws Exception {
        var result = this.mvc.perform(get("/avisos/mutirao-conciliacao"))
            .andExpect(status().isOk())
            .andExpect(view().name("avisos/aviso"))
            .andReturn();
        var notice = (Notice) result.getModelAndView().getModel().get("notice");
        assertThat(notice.title()).isEqualTo("Mutirão de conciliação em processos de cobrança");
        assertThat(result.getResponse().getContentAsString()).contains("<h1>" + notice.title() + "</h1>");

        assertThat(get(this.port, "/avisos/rascunho-inspecao-anual", "Accept", "text/html").statusCode())
            .isEqualTo(404);
        assertThat(get(this.port, "/avisos/nao-existe", "Accept", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void theAtomFeedListsPublishedNoticesWithAbsoluteLinks() {
        var response = get(this.port, "/avisos/feed.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
            .hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(response.body())
            .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "<entry>",
                    "<link rel=\"alternate\" href=\"http://localhost:8080/avisos/mutirao-conciliacao\"/>")
            .doesNotContain("rascunho-inspecao-anual");
    }

    @Test
    void faqIsGroupedByCategoryAndEveryEntryHasAnAnchor() throws Exception {
        var result = this.mvc.perform(get("/perguntas-frequentes"))
            .andExpect(status().isOk())
            .andExpect(view().name("faq/perguntas"))
            .andReturn();
        @SuppressWarnings("unchecked")
        var categories = (List<FaqCategory>) result.getModelAndView().getModel().get("categories");
        assertThat(categories.stream().mapToInt((c) -> c.entries().size()).sum()).isGreaterThanOrEqualTo(30);
        assertThat(categories).allSatisfy((c) -> assertThat(c.entries()).isNotEmpty());

        String html = result.getResponse().getContentAsString();
        for (FaqCategory category : categories) {
            assertThat(html).contains("id=\"" + category.slug() + "\"", "href=\"#" + category.slug() + "\"");
            for (var entry : category.entries()) {
                assertThat(html).contains("id=\"" + entry.slug() + "\"", "href=\"#" + entry.slug() + "\"");
            }
        }
    }

    @Test
    void accessibilityAndPrivacyPagesCarryTheirStatements() throws Exception {
        String accessibility = this.mvc.perform(get("/acessibilidade"))
            .andExpect(status().isOk())
            .andExpect(view().name("site/acessibilidade"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(accessibility).contains("WCAG 2.1", "eMAG", "Alto contraste");

        String privacy = this.mvc.perform(get("/privacidade"))
            .andExpect(status().isOk())
            .andExpect(view().name("site/privacidade"))
            .andExpect(model().attributeExists("page", "unit"))
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(privacy).contains("Lei nº 13.709/2018", "controlador", "art. 18", "Como exercer seus direitos",
                "Por quanto tempo", "mailto:" + this.content.unit().privacyOfficerContact());
    }

    @Test
    void sitemapListsEveryPublicPageGuideAndNoticeAndRobotsPointsToIt() {
        var sitemap = get(this.port, "/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body())
            .contains("<loc>http://localhost:8080/pauta</loc>", "<loc>http://localhost:8080/servicos/certidoes</loc>",
                    "<loc>http://localhost:8080/avisos/mutirao-conciliacao</loc>")
            .doesNotContain("rascunho");

        var robots = get(this.port, "/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("Sitemap: http://localhost:8080/sitemap.xml", "Disallow: /admin/");
    }

    @Test
    void anActiveUrgentNoticeIsOnEveryPageIncludingErrorPagesAndGoneWhenItEnds() {
        String marker = "Aviso de teste " + java.util.UUID.randomUUID();
        Long id = this.jdbc.queryForObject("""
                insert into urgent_notice (unit_id, message_md, active_from, active_until)
                values (1, ?, now() - interval '1 minute', now() + interval '1 hour') returning id""", Long.class,
                marker);
        try {
            this.context.publishEvent(new ContentChanged("test"));
            for (String path : List.of("/", "/pauta", "/servicos/certidoes", "/perguntas-frequentes", "/nao-existe")) {
                var body = get(this.port, path, "Accept", "text/html").body();
                assertThat(body).as(path)
                    .contains("class=\"alerta-urgente\"", marker)
                    .contains(this.content.unit().address().oneLine(),
                            "De segunda-feira a sexta-feira, das 12:00 às 18:00");
            }
            this.jdbc.update("update urgent_notice set active_until = now() - interval '1 second', "
                    + "active_from = now() - interval '2 minutes' where id = ?", id);
            this.context.publishEvent(new ContentChanged("test"));
            assertThat(get(this.port, "/", "Accept", "text/html").body()).doesNotContain(marker);
        }
        finally {
            this.jdbc.update("delete from urgent_notice where id = ?", id);
            this.context.publishEvent(new ContentChanged("test"));
        }
    }

}
