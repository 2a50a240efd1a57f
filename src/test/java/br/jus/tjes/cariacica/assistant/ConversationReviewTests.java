package br.jus.tjes.cariacica.assistant;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.assistant.CitizenChats.Reply;
import br.jus.tjes.cariacica.assistant.ConversationFilter.Kind;
import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff reviewing the assistant's conversations: filters, one conversation, frequent
 * unanswered questions, LGPD.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConversationReviewTests {

    private static final Pattern FAQ_LINK = Pattern.compile("href=\"/admin/conteudo/faq/nova\\?pergunta=([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ConversationReview review;

    @Autowired
    UnansweredQuestions unanswered;

    private CitizenChats citizen;

    private StaffBrowser editor;

    private String editorName;

    /**
     * One editor, logged in once: each login hashes a password, which is slow on purpose.
     */
    @BeforeAll
    void editorLoggedIn() {
        this.citizen = new CitizenChats(this.port);
        this.editor = new StaffBrowser(this.port);
        this.editorName = StaffTestAccounts.create(this.dataSource, "EDITOR");
        assertThat(location(this.editor.login(this.editorName, StaffTestAccounts.PASSWORD))).endsWith("/admin");
    }

    @Test
    void filtersSelectConversationsAnsweredFromTheKnowledgeBaseWithoutAnswerOrMarkedNotUseful() {
        String word = CitizenChats.nonsenseWord();
        Reply answered = this.citizen.ask("Como peço uma certidão? " + word);
        Reply notFound = this.citizen.ask(word + " " + CitizenChats.nonsenseWord());
        Reply notUseful = this.citizen.ask("Onde emito a guia de custas? " + word);
        this.citizen.rate(notUseful, false);
        assertThat(answered.outcome()).isEqualTo("answered");
        assertThat(answered.mode()).isEqualTo("knowledge-base");
        assertThat(notFound.outcome()).isEqualTo("not-found");
        var mine = List.of(answered.conversationId(), notFound.conversationId(), notUseful.conversationId());

        assertThat(idsOf(null)).containsAll(mine);
        assertThat(idsOf(Kind.BASE_DE_CONHECIMENTO)).contains(answered.conversationId(), notUseful.conversationId())
            .doesNotContain(notFound.conversationId());
        assertThat(idsOf(Kind.SEM_RESPOSTA)).contains(notFound.conversationId())
            .doesNotContain(answered.conversationId(), notUseful.conversationId());
        assertThat(idsOf(Kind.NAO_UTIL)).contains(notUseful.conversationId())
            .doesNotContain(answered.conversationId(), notFound.conversationId());

        String page = this.editor.get("/admin/assistente?filtro=NAO_UTIL").body();
        assertThat(page)
            .contains("<h1>Conversas do assistente</h1>", "<caption>", "scope=\"col\"",
                    "href=\"/admin/assistente/conversas/" + notUseful.conversationId() + "\"", "1 não útil",
                    "Base de conhecimento", " ms</td>")
            .doesNotContain("href=\"/admin/assistente/conversas/" + answered.conversationId() + "\"");
    }

    @Test
    void filtersSelectConversationsWithDeclinedLegalAdviceOrAModelReplyNotShown() {
        String word = CitizenChats.nonsenseWord();
        Reply refused = this.citizen.ask("Devo recorrer da sentença? " + word);
        Reply ungrounded = this.citizen.ask("Como pego uma certidão? " + word);
        // A model reply not shown is what AI mode stores (AssistantGuardTests): here,
        // without a model, the stored reason is set as that path sets it.
        JdbcClient.create(this.dataSource)
            .sql("update assistant_message set fallback_reason = 'ungrounded' where id = ?")
            .param(ungrounded.messageId())
            .update();
        assertThat(refused.outcome()).isEqualTo("refused");

        assertThat(idsOf(Kind.RECUSADA)).contains(refused.conversationId()).doesNotContain(ungrounded.conversationId());
        assertThat(idsOf(Kind.NAO_FUNDAMENTADA)).contains(ungrounded.conversationId())
            .doesNotContain(refused.conversationId());
        assertThat(this.editor.get("/admin/assistente/conversas/" + refused.conversationId()).body())
            .contains("Pedido de orientação jurídica: o assistente recusou");
        assertThat(this.editor.get("/admin/assistente/conversas/" + ungrounded.conversationId()).body())
            .contains("A resposta da IA não foi mostrada");
    }

    @Test
    void anUnknownFilterShowsItsMessageAndEveryConversation() {
        Reply mine = this.citizen.ask("A vara está aberta hoje? " + CitizenChats.nonsenseWord());

        var page = this.editor.get("/admin/assistente?filtro=QUALQUER&pagina=0");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Filtro ou página inválidos",
                "href=\"/admin/assistente/conversas/" + mine.conversationId() + "\"");
    }

    @Test
    void aConversationShowsItsMessagesWithModeLatencyFeedbackAndSources() {
        String word = CitizenChats.nonsenseWord();
        Reply first = this.citizen.ask("A vara está aberta hoje? " + word);
        this.citizen.rate(first, true);
        this.citizen.askAgain(first, word + " " + CitizenChats.nonsenseWord());

        var page = this.editor.get("/admin/assistente/conversas/" + first.conversationId());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("A vara está aberta hoje? " + word, "Cidadão", "Assistente",
                "Base de conhecimento", "Direta (dados da vara", "href=\"/atendimento\"", "Útil",
                "O assistente não encontrou a resposta", "Mensagens da conversa (4)", "name=\"_csrf\"");
        assertThat(this.editor.get("/admin/assistente/conversas/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(this.editor.get("/admin/assistente/conversas/nao-e-um-id").statusCode()).isEqualTo(404);
    }

    @Test
    void frequentQuestionsWithoutAGoodAnswerAreGroupedNormalisedAndRankedWithAFaqShortcut() {
        String word = CitizenChats.nonsenseWord();
        String upper = word.toUpperCase(Locale.ROOT);
        // Asked three times, never found: one question despite case, accents and
        // punctuation.
        this.citizen.ask(word + " zumbrelo?");
        this.citizen.ask(upper + " ZUMBRÉLO!!");
        this.citizen.ask("¿" + word + ", zumbrelo...");
        // Asked twice, answered from the unit's facts but marked not useful both times.
        this.citizen.rate(this.citizen.ask("A vara está aberta hoje, " + word + "?"), false);
        Reply latest = this.citizen.ask("a vara esta ABERTA hoje " + word);
        this.citizen.rate(latest, false);
        // Answered and marked useful: a good answer, not listed.
        this.citizen.rate(this.citizen.ask("Qual o telefone da vara? " + word), true);

        var questions = this.unanswered.mostFrequent(word, 10);

        assertThat(questions).extracting(UnansweredQuestions.Question::key)
            .containsExactly(word + " zumbrelo", "a vara esta aberta hoje " + word);
        assertThat(questions.get(0).times()).isEqualTo(3);
        assertThat(questions.get(0).notFound()).isEqualTo(3);
        assertThat(questions.get(0).example()).contains(word + ", zumbrelo");
        assertThat(questions.get(1).times()).isEqualTo(2);
        assertThat(questions.get(1).notUseful()).isEqualTo(2);
        assertThat(questions.get(1).example()).isEqualTo("a vara esta ABERTA hoje " + word);

        String page = this.editor.get("/admin/assistente/perguntas?contem=" + upper).body();
        var links = FAQ_LINK.matcher(page)
            .results()
            .map((match) -> URLDecoder.decode(match.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8))
            .toList();
        assertThat(links).containsExactly(questions.get(0).example(), "a vara esta ABERTA hoje " + word);
        assertThat(page).contains("<h1>Perguntas frequentes sem boa resposta</h1>", "scope=\"row\"", ">3</td>")
            .doesNotContain("telefone da vara? " + word);
    }

    @Test
    void exportingAConversationDownloadsItsJsonAndAuditsWhoDidIt() {
        Reply reply = this.citizen.ask("A vara está aberta hoje? " + CitizenChats.nonsenseWord());
        String detail = "/admin/assistente/conversas/" + reply.conversationId();

        var export = this.editor.post(detail + "/exportar", detail, Map.of());

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
            .isEqualTo("attachment; filename=\"conversa-" + reply.conversationId() + ".json\"");
        assertThat(export.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode json = JsonMapper.builder().build().readTree(export.body());
        assertThat(json.get("conversationId").asString()).isEqualTo(reply.conversationId().toString());
        assertThat(json.get("exportedAt").asString()).isNotBlank();
        JsonNode messages = json.get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("role").asString()).isEqualTo("citizen");
        assertThat(messages.get(0).get("text").asString()).startsWith("A vara está aberta hoje?");
        assertThat(messages.get(1).get("mode").asString()).isEqualTo("direct");
        assertThat(messages.get(1).get("outcome").asString()).isEqualTo("answered");
        assertThat(messages.get(1).get("sources").get(0).get("url").asString()).isEqualTo("/atendimento");
        assertThat(export.body()).doesNotContain("token", reply.token());
        assertThat(auditActor("CONVERSATION_EXPORTED", reply.conversationId())).isEqualTo(this.editorName);
    }

    @Test
    void erasingAConversationAsksFirstThenRemovesItsMessagesAndAuditsWhoDidIt() {
        Reply reply = this.citizen.ask("A vara está aberta hoje? " + CitizenChats.nonsenseWord());
        String erase = "/admin/assistente/conversas/" + reply.conversationId() + "/apagar";
        var jdbc = JdbcClient.create(this.dataSource);

        assertThat(this.editor.get(erase).body()).contains("<h1>Apagar a conversa?</h1>", "Não é possível desfazer",
                "Sim, apagar a conversa");
        assertThat(this.editor.postWithoutToken(erase, Map.of()).statusCode()).isEqualTo(403);
        assertThat(messageCount(jdbc, reply.conversationId())).isEqualTo(2);

        var response = this.editor.post(erase, erase, Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin/assistente");
        assertThat(this.editor.get("/admin/assistente").body()).contains("A conversa e suas mensagens foram apagadas.");
        assertThat(messageCount(jdbc, reply.conversationId())).isZero();
        assertThat(jdbc.sql("select count(*) from assistant_conversation where id = ?")
            .param(reply.conversationId())
            .query(Long.class)
            .single()).isZero();
        assertThat(auditActor("CONVERSATION_ERASED", reply.conversationId())).isEqualTo(this.editorName);
        assertThat(this.citizen.historyStatus(reply)).isEqualTo(404);
        assertThat(this.editor.get(erase).statusCode()).isEqualTo(404);
    }

    @Test
    void editorsAndAdministratorsReviewOperatorsGet403AndAnonymousVisitorsLogIn() {
        Reply reply = this.citizen.ask("A vara está aberta hoje? " + CitizenChats.nonsenseWord());
        String detail = "/admin/assistente/conversas/" + reply.conversationId();
        List<String> pages = List.of("/admin/assistente", "/admin/assistente/perguntas", "/admin/assistente/retencao",
                detail, detail + "/apagar");
        var admin = new StaffBrowser(this.port);
        admin.login(StaffTestAccounts.create(this.dataSource, "ADMIN"), StaffTestAccounts.PASSWORD);
        var operator = new StaffBrowser(this.port);
        operator.login(StaffTestAccounts.create(this.dataSource, "OPS"), StaffTestAccounts.PASSWORD);
        var anonymous = new StaffBrowser(this.port);

        for (String page : pages) {
            assertThat(this.editor.get(page).statusCode()).as("EDITOR " + page).isEqualTo(200);
            assertThat(admin.get(page).statusCode()).as("ADMIN " + page).isEqualTo(200);
            assertThat(operator.get(page).statusCode()).as("OPS " + page).isEqualTo(403);
            var redirected = anonymous.get(page);
            assertThat(redirected.statusCode()).as("anonymous " + page).isEqualTo(302);
            assertThat(location(redirected)).as("anonymous " + page).endsWith("/admin/entrar");
        }
        String token = operator.csrfToken("/admin");
        for (String action : List.of(detail + "/exportar", detail + "/apagar", "/admin/assistente/retencao")) {
            assertThat(operator.postWithoutToken(action, Map.of("_csrf", token, "dias", "5")).statusCode())
                .as("OPS POST " + action)
                .isEqualTo(403);
        }
        assertThat(messageCount(JdbcClient.create(this.dataSource), reply.conversationId())).isEqualTo(2);
        assertThat(this.editor.get("/admin").body()).contains("href=\"/admin/assistente\"");
    }

    private List<UUID> idsOf(Kind kind) {
        return this.review.find(new ConversationFilter(kind, 1))
            .conversations()
            .stream()
            .map(ConversationSummary::id)
            .toList();
    }

    private static long messageCount(JdbcClient jdbc, UUID conversationId) {
        return jdbc.sql("select count(*) from assistant_message where conversation_id = ?")
            .param(conversationId)
            .query(Long.class)
            .single();
    }

    private String auditActor(String action, UUID conversationId) {
        return JdbcClient.create(this.dataSource)
            .sql("select actor from audit_event where action = ? and target = ?")
            .params(action, "conversa:" + conversationId)
            .query(String.class)
            .single();
    }

}
