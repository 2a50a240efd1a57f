package br.jus.tjes.cariacica.content.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.content.admin.ContentFormSupport.create;
import static br.jus.tjes.cariacica.content.admin.ContentFormSupport.save;
import static br.jus.tjes.cariacica.content.admin.ContentFormSupport.version;
import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors change the site through the content forms: Post/Redirect/Get with flash
 * messages, the change on the public page and in the search at once, an audit row per
 * change with the editor's name, errors next to their inputs, and a save over someone
 * else's newer change refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentEditingPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private StaffBrowser editor;

    private String editorName;

    private JdbcClient jdbc;

    @BeforeEach
    void logInAsEditor() {
        this.jdbc = JdbcClient.create(this.dataSource);
        this.editorName = StaffTestAccounts.create(this.dataSource, "EDITOR");
        this.editor = new StaffBrowser(this.port);
        this.editor.login(this.editorName, StaffTestAccounts.PASSWORD);
    }

    @Test
    void aPublishedNoticeShowsAtOnceOnThePublicPagesAndInSearchAndIsAuditedAsPublished() {
        String word = uniqueWord();
        long id = create(this.editor, "avisos", notice("Mutirao " + word, true));

        var form = this.editor.get("/admin/conteudo/avisos/" + id);
        assertThat(form.body()).contains("Item criado. Ele já aparece no site.", "value=\"Mutirao " + word + "\"");
        String slug = this.jdbc.sql("select slug from notice where id = ?").param(id).query(String.class).single();
        assertThat(slug).isEqualTo("mutirao-" + word);
        assertThat(publicPage("/avisos")).contains("Mutirao " + word);
        assertThat(publicPage("/avisos/" + slug)).contains("Corpo do aviso " + word);
        assertThat(publicPage("/busca?q=" + word)).contains("href=\"/avisos/" + slug + "\"");
        assertThat(auditRow("CONTENT_PUBLISHED", "aviso:" + id)).containsEntry("actor", this.editorName)
            .hasEntrySatisfying("after_value", (after) -> assertThat((String) after).contains(word));
        deleteAsEditor("avisos", id);
        assertThat(new StaffBrowser(this.port).get("/avisos/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void aDraftNoticeStaysOffThePublicSiteUntilPublished() {
        String word = uniqueWord();
        long id = create(this.editor, "avisos", notice("Preparado " + word, false));

        assertThat(publicPage("/avisos")).doesNotContain(word);
        assertThat(auditRow("CONTENT_CREATED", "aviso:" + id)).containsEntry("actor", this.editorName);

        var response = save(this.editor, "/admin/conteudo/avisos/" + id, notice("Preparado " + word, true));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(publicPage("/avisos")).contains("Preparado " + word);
        assertThat(auditRow("CONTENT_PUBLISHED", "aviso:" + id)).containsEntry("actor", this.editorName)
            .hasEntrySatisfying("before_value", (before) -> assertThat((String) before).contains("\"published\":false"))
            .hasEntrySatisfying("after_value", (after) -> assertThat((String) after).contains("\"published\":true"));
        deleteAsEditor("avisos", id);
    }

    @Test
    void editingAndDeletingAFaqEntryAreAuditedWithTheEditorAndShowOnThePublicPage() {
        String word = uniqueWord();
        var entry = faq(firstCategory(), "Pergunta " + word + "?", "Resposta " + word);
        long id = create(this.editor, "faq", entry);
        assertThat(auditRow("CONTENT_CREATED", "faq:" + id)).containsEntry("actor", this.editorName);

        entry.put("answerMarkdown", "Resposta corrigida " + word);
        var saved = save(this.editor, "/admin/conteudo/faq/" + id, entry);

        assertThat(location(saved)).endsWith("/admin/conteudo/faq/" + id);
        assertThat(this.editor.get("/admin/conteudo/faq/" + id).body()).contains("Alterações salvas.");
        assertThat(publicPage("/perguntas-frequentes")).contains("Resposta corrigida " + word);
        assertThat(publicPage("/busca?q=corrigida+" + word)).contains("Pergunta " + word);
        assertThat(auditRow("CONTENT_UPDATED", "faq:" + id)).containsEntry("actor", this.editorName)
            .hasEntrySatisfying("before_value", (before) -> assertThat((String) before).contains("Resposta " + word))
            .hasEntrySatisfying("after_value", (after) -> assertThat((String) after).contains("corrigida " + word));

        String path = "/admin/conteudo/faq/" + id;
        var deleted = this.editor.post(path + "/excluir", path, Map.of("version", version(this.editor, path)));

        assertThat(location(deleted)).endsWith("/admin/conteudo/faq");
        assertThat(this.editor.get("/admin/conteudo/faq").body()).contains("Item excluído.");
        assertThat(this.editor.get(path).statusCode()).isEqualTo(404);
        assertThat(publicPage("/perguntas-frequentes")).doesNotContain(word);
        assertThat(auditRow("CONTENT_DELETED", "faq:" + id)).containsEntry("actor", this.editorName)
            .containsEntry("after_value", null);
    }

    @Test
    void theSecondOfTwoEditorsSavingFromTheSameVersionIsRefusedAndTheFirstChangeIsKept() {
        String word = uniqueWord();
        long id = create(this.editor, "servicos", guide("Guia " + word, "Texto original " + word));
        String path = "/admin/conteudo/servicos/" + id;
        var other = new StaffBrowser(this.port);
        other.login(StaffTestAccounts.create(this.dataSource, "EDITOR"), StaffTestAccounts.PASSWORD);
        String versionBothRead = version(this.editor, path);
        assertThat(version(other, path)).isEqualTo(versionBothRead);

        var first = guide("Guia " + word, "Texto da primeira pessoa " + word);
        first.put("version", versionBothRead);
        assertThat(this.editor.post(path, path, first).statusCode()).isEqualTo(302);
        var second = guide("Guia " + word, "Texto da segunda pessoa " + word);
        second.put("version", versionBothRead);
        var refused = other.post(path, path, second);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Outra pessoa salvou este item enquanto você editava")
            .contains("Texto da segunda pessoa " + word);
        assertThat(
                this.jdbc.sql("select body_md from service_guide where id = ?").param(id).query(String.class).single())
            .isEqualTo("Texto da primeira pessoa " + word);
        String slug = this.jdbc.sql("select slug from service_guide where id = ?")
            .param(id)
            .query(String.class)
            .single();
        assertThat(publicPage("/servicos/" + slug)).contains("Texto da primeira pessoa " + word)
            .doesNotContain("segunda pessoa");
        deleteAsEditor("servicos", id);
    }

    @Test
    void invalidFieldsAreListedAtTheTopAndShownNextToTheirInputs() {
        var form = notice("", true);
        form.put("slug", "Com Espaco");
        form.put("publishedAt", "ontem");

        var response = this.editor.post("/admin/conteudo/avisos/novo", "/admin/conteudo/avisos/novo", form);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Há problemas no formulário", "href=\"#title\"", "href=\"#slug\"")
            .contains("id=\"title-erro\"", "aria-describedby=\"title-erro\"", "aria-invalid=\"true\"")
            .contains("Preencha este campo.", "Use só letras minúsculas", "Informe uma data e hora válidas.")
            .contains("value=\"Com Espaco\"");
    }

    @Test
    void aChannelWithUnreadableHoursOrAScriptLinkIsRefusedFieldByField() {
        var form = channel("Canal " + uniqueWord(), "javascript:alert(1)");
        form.put("hours[1]", "9h às 18h");

        var hours = this.editor.post("/admin/conteudo/canais/novo", "/admin/conteudo/canais/novo", form);

        assertThat(hours.statusCode()).isEqualTo(200);
        assertThat(hours.body()).contains("id=\"hours1-erro\"", "href=\"#hours1\"",
                "Escreva os horários como 08:00-12:00");

        form.put("hours[1]", "09:00-18:00");
        var link = this.editor.post("/admin/conteudo/canais/novo", "/admin/conteudo/canais/novo", form);

        assertThat(link.statusCode()).isEqualTo(200);
        assertThat(link.body()).contains("id=\"contactUrl-erro\"", "Use um link que comece com https://");
    }

    @Test
    void theNewFaqFormIsFilledWithTheQuestionGivenInTheAddress() {
        String question = "Como <b>peco</b> certidao?";

        var page = this.editor
            .get("/admin/conteudo/faq/nova?pergunta=" + URLEncoder.encode(question, StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"Como &lt;b&gt;peco&lt;/b&gt; certidao?\"", "<h1>Nova pergunta</h1>");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsForbiddenAndChangesNothing() {
        String word = uniqueWord();

        var response = this.editor.postWithoutToken("/admin/conteudo/avisos/novo", notice("Sem token " + word, true));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(this.jdbc.sql("select count(*) from notice where title = ?")
            .param("Sem token " + word)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void theStaffHomeAndTheContentHomeLinkEveryKindOfContent() {
        assertThat(this.editor.get("/admin").body()).contains("href=\"/admin/conteudo\"");
        assertThat(this.editor.get("/admin/conteudo").body()).contains("href=\"/admin/conteudo/alertas\"",
                "href=\"/admin/conteudo/avisos\"", "href=\"/admin/conteudo/servicos\"", "href=\"/admin/conteudo/faq\"",
                "href=\"/admin/conteudo/unidade\"", "href=\"/admin/conteudo/canais\"",
                "href=\"/admin/conteudo/fechamentos\"", "href=\"/admin/conteudo/paginas\"");
    }

    @Test
    void anItemThatDoesNotExistIsA404() {
        assertThat(this.editor.get("/admin/conteudo/avisos/999999999").statusCode()).isEqualTo(404);
        assertThat(this.editor.get("/admin/conteudo/paginas/novo").statusCode()).isEqualTo(404);
    }

    private void deleteAsEditor(String section, long id) {
        String path = "/admin/conteudo/" + section + "/" + id;
        assertThat(
                this.editor.post(path + "/excluir", path, Map.of("version", version(this.editor, path))).statusCode())
            .isEqualTo(302);
    }

    private String publicPage(String path) {
        var response = new StaffBrowser(this.port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private Map<String, Object> auditRow(String action, String target) {
        return this.jdbc.sql("""
                select actor, before_value, after_value from audit_event
                where action = ? and target = ? order by id desc limit 1
                """).params(action, target).query().singleRow();
    }

    static String uniqueWord() {
        return "x" + Long.toString(System.nanoTime(), 36);
    }

    static Map<String, String> notice(String title, boolean published) {
        var form = new LinkedHashMap<String, String>();
        form.put("title", title);
        form.put("slug", "");
        form.put("summary", "Resumo de " + title);
        form.put("bodyMarkdown", "Corpo do aviso " + title.replaceAll("^\\S+ ", ""));
        if (published) {
            form.put("published", "true");
        }
        form.put("_published", "on");
        // Just now, so the notice heads the newest-first list.
        form.put("publishedAt",
                java.time.LocalDateTime.now(CourtTime.ZONE).minusMinutes(1).withSecond(0).withNano(0).toString());
        return form;
    }

    private long firstCategory() {
        return this.jdbc.sql("select min(id) from faq_category").query(Long.class).single();
    }

    static Map<String, String> faq(long categoryId, String question, String answer) {
        var form = new LinkedHashMap<String, String>();
        form.put("categoryId", String.valueOf(categoryId));
        form.put("question", question);
        form.put("slug", "");
        form.put("answerMarkdown", answer);
        form.put("position", "900");
        return form;
    }

    static Map<String, String> guide(String title, String body) {
        var form = new LinkedHashMap<String, String>();
        form.put("title", title);
        form.put("slug", "");
        form.put("summary", "Resumo de " + title);
        form.put("bodyMarkdown", body);
        form.put("position", "900");
        return form;
    }

    static Map<String, String> channel(String name, String url) {
        var form = new LinkedHashMap<String, String>();
        form.put("kind", "TELEFONE");
        form.put("name", name);
        form.put("contact", "(27) 0000-0000");
        form.put("contactUrl", url);
        form.put("descriptionMarkdown", "Descrição de " + name);
        form.put("position", "900");
        for (int day = 0; day < 7; day++) {
            form.put("hours[" + day + "]", "");
        }
        return form;
    }

}
