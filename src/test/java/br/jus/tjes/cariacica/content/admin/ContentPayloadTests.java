package br.jus.tjes.cariacica.content.admin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.content.ContentDraft;
import br.jus.tjes.cariacica.content.ContentEditor;
import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import br.jus.tjes.cariacica.time.CourtTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.content.admin.ContentEditingPagesTests.channel;
import static br.jus.tjes.cariacica.content.admin.ContentEditingPagesTests.faq;
import static br.jus.tjes.cariacica.content.admin.ContentEditingPagesTests.guide;
import static br.jus.tjes.cariacica.content.admin.ContentEditingPagesTests.notice;
import static br.jus.tjes.cariacica.content.admin.ContentEditingPagesTests.uniqueWord;
import static br.jus.tjes.cariacica.content.admin.ContentFormSupport.create;
import static br.jus.tjes.cariacica.content.admin.ContentFormSupport.save;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script, event-handler and {@code javascript:} payloads typed into every editable field
 * through the real forms never reach a public page as something a browser would run:
 * Markdown is sanitized, plain text is escaped, and links with other schemes are refused.
 * Each field also carries a marker, so the test knows the text did reach the page it
 * checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentPayloadTests {

    /**
     * Raw HTML, an event handler, a javascript: link in HTML and in Markdown, and an
     * autolink.
     */
    private static final String ATTACK = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
            + " <a href=\"javascript:alert(3)\">a</a> [b](javascript:alert(4)) <javascript:alert(5)>"
            + " <svg onload=alert(6)>";

    /** For fields of 100 to 120 characters: raw HTML and an event handler. */
    private static final String SHORT_ATTACK = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ContentEditor<ContentDraft.Unit> units;

    @Autowired
    ContentEditor<ContentDraft.Page> pages;

    private StaffBrowser editor;

    private String marker;

    @BeforeEach
    void logInAsEditor() {
        this.editor = new StaffBrowser(this.port);
        this.editor.login(StaffTestAccounts.create(this.dataSource, "EDITOR"), StaffTestAccounts.PASSWORD);
        this.marker = uniqueWord();
    }

    @Test
    void theUrgentNoticeTextIsNeutralisedOnEveryPage() {
        var form = new LinkedHashMap<String, String>();
        form.put("enabled", "true");
        form.put("_enabled", "on");
        form.put("messageMarkdown", hostile("messageMarkdown"));
        form.put("activeFrom", LocalDateTime.now(CourtTime.ZONE).minusMinutes(5).withSecond(0).withNano(0).toString());
        form.put("activeUntil", LocalDateTime.now(CourtTime.ZONE).plusDays(1).withSecond(0).withNano(0).toString());
        long id = create(this.editor, "alertas", form);
        try {
            assertNeutralised("/", "messageMarkdown");
            assertNeutralised("/atendimento", "messageMarkdown");
        }
        finally {
            delete("alertas", id);
        }
    }

    @Test
    void everyNoticeFieldIsNeutralisedOnTheListTheNoticeAndTheHomePage() {
        var form = notice(hostile("title"), true);
        form.put("summary", hostile("summary"));
        form.put("bodyMarkdown", hostile("bodyMarkdown"));
        long id = create(this.editor, "avisos", form);
        try {
            String slug = JdbcClient.create(this.dataSource)
                .sql("select slug from notice where id = ?")
                .param(id)
                .query(String.class)
                .single();
            assertNeutralised("/avisos", "title", "summary");
            assertNeutralised("/avisos/" + slug, "title", "bodyMarkdown");
            assertNeutralised("/busca?q=" + this.marker + "title", "title");
        }
        finally {
            delete("avisos", id);
        }
    }

    @Test
    void everyServiceGuideFieldIsNeutralised() {
        var form = guide(hostile("title"), hostile("bodyMarkdown"));
        form.put("summary", hostile("summary"));
        long id = create(this.editor, "servicos", form);
        try {
            String slug = JdbcClient.create(this.dataSource)
                .sql("select slug from service_guide where id = ?")
                .param(id)
                .query(String.class)
                .single();
            assertNeutralised("/servicos", "title", "summary");
            assertNeutralised("/servicos/" + slug, "title", "bodyMarkdown");
            assertNeutralised("/busca?q=" + this.marker + "title", "title");
        }
        finally {
            delete("servicos", id);
        }
    }

    @Test
    void everyFaqFieldIsNeutralisedOnTheFaqPageAndInSearch() {
        long category = JdbcClient.create(this.dataSource)
            .sql("select min(id) from faq_category")
            .query(Long.class)
            .single();
        long id = create(this.editor, "faq", faq(category, hostile("question"), hostile("answerMarkdown")));
        try {
            assertNeutralised("/perguntas-frequentes", "question", "answerMarkdown");
            assertNeutralised("/busca?q=" + this.marker + "question", "question");
        }
        finally {
            delete("faq", id);
        }
    }

    @Test
    void everyChannelFieldIsNeutralisedOnTheAttendancePagesAndAScriptLinkIsRefused() {
        var form = channel(hostile("name"), "javascript:alert(7)");
        form.put("contact", hostile("contact"));
        form.put("descriptionMarkdown", hostile("descriptionMarkdown"));
        form.put("hours[0]", "09:00-10:00");
        var refused = this.editor.post("/admin/conteudo/canais/novo", "/admin/conteudo/canais/novo", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"contactUrl-erro\"");

        form.put("contactUrl", " JavaScript:alert(8)");
        assertThat(this.editor.post("/admin/conteudo/canais/novo", "/admin/conteudo/canais/novo", form).body())
            .contains("id=\"contactUrl-erro\"");

        form.put("contactUrl", "tel:+5527000000");
        long id = create(this.editor, "canais", form);
        try {
            assertNeutralised("/atendimento", "name", "contact", "descriptionMarkdown");
            assertNeutralised("/", "name");
            assertNeutralised("/busca?q=" + this.marker + "name", "name");
        }
        finally {
            delete("canais", id);
        }
    }

    @Test
    void aClosureReasonIsNeutralisedOnTheAttendancePage() {
        var form = new LinkedHashMap<String, String>();
        LocalDate day = LocalDate.now(CourtTime.ZONE).plusYears(3);
        form.put("startsOn", day.toString());
        form.put("endsOn", day.plusDays(1).toString());
        form.put("reason", hostile("reason"));
        long id = create(this.editor, "fechamentos", form);
        try {
            assertNeutralised("/atendimento", "reason");
        }
        finally {
            delete("fechamentos", id);
        }
    }

    @Test
    void everyUnitFieldIsNeutralisedOnTheUnitPagesAndTheFooterAndTheMapLinkMustBeWeb() {
        var original = this.units.list().getFirst();
        var form = new LinkedHashMap<String, String>();
        for (String field : List.of("name", "handlesMarkdown", "notHandledMarkdown", "street", "district", "city",
                "accessibilityMarkdown", "plantaoMarkdown", "ouvidoriaMarkdown", "defensoriaMarkdown",
                "privacyOfficerContact")) {
            form.put(field, hostile(field));
        }
        form.put("state", "ES");
        form.put("postalCode", "29140-000");
        form.put("mapUrl", "javascript:alert(9)");
        try {
            var refused = save(this.editor, "/admin/conteudo/unidade", form);
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("id=\"mapUrl-erro\"");
            form.put("state", "<b>");
            form.put("postalCode", "<script>");
            form.put("mapUrl", "https://maps.example/?q=" + this.marker);
            var badCodes = save(this.editor, "/admin/conteudo/unidade", form);
            assertThat(badCodes.body()).contains("id=\"state-erro\"", "id=\"postalCode-erro\"");
            form.put("state", "ES");
            form.put("postalCode", "29140-000");

            assertThat(save(this.editor, "/admin/conteudo/unidade", form).statusCode()).isEqualTo(302);

            assertNeutralised("/", "name", "street", "district", "city");
            assertNeutralised("/a-vara", "handlesMarkdown", "notHandledMarkdown", "accessibilityMarkdown");
            assertNeutralised("/atendimento", "plantaoMarkdown", "ouvidoriaMarkdown", "defensoriaMarkdown");
            assertNeutralised("/privacidade", "privacyOfficerContact");
        }
        finally {
            this.units.update(original.id(), this.units.get(original.id()).version(), original.draft());
        }
    }

    @Test
    void theFreePagesAreNeutralised() {
        var page = this.pages.list()
            .stream()
            .filter((p) -> p.draft().title().toLowerCase(Locale.ROOT).contains("acessibilidade"))
            .findFirst()
            .orElseThrow();
        var form = new LinkedHashMap<String, String>();
        form.put("title", hostile("title"));
        form.put("bodyMarkdown", hostile("bodyMarkdown"));
        try {
            assertThat(save(this.editor, "/admin/conteudo/paginas/" + page.id(), form).statusCode()).isEqualTo(302);
            assertNeutralised("/acessibilidade", "title", "bodyMarkdown");
        }
        finally {
            this.pages.update(page.id(), this.pages.get(page.id()).version(), page.draft());
        }
    }

    /** The field's own marker followed by the attack. */
    private String hostile(String field) {
        return this.marker + field + " "
                + (List.of("name", "district", "city").contains(field) ? SHORT_ATTACK : ATTACK);
    }

    private void assertNeutralised(String path, String... fields) {
        var response = new StaffBrowser(this.port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        for (String field : fields) {
            assertThat(response.body()).as(path + " shows " + field).contains(this.marker + field);
        }
        var document = Jsoup.parse(response.body());
        assertThat(document.select("script").stream().map(Element::data).filter((data) -> data.contains("alert(")))
            .as(path + ": scripts")
            .isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).as(path + ": handler on <" + element.tagName() + ">").doesNotStartWith("on");
                assertThat(value).as(path + ": " + name + " of <" + element.tagName() + ">")
                    .doesNotStartWith("javascript:");
            }
        }
    }

    private void delete(String section, long id) {
        String path = "/admin/conteudo/" + section + "/" + id;
        assertThat(this.editor
            .post(path + "/excluir", path, Map.of("version", ContentFormSupport.version(this.editor, path)))
            .statusCode()).isEqualTo(302);
    }

}
