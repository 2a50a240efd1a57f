package br.jus.tjes.cariacica.assistant;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff teach the assistant how citizens write: synonyms and alternative phrasings of FAQ
 * entries, from {@code /admin/assistente/vocabulario} (EDITOR or ADMIN, CSRF, audited),
 * used by the very next question; and a frequent unanswered question becomes a phrasing
 * in one action.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyTests {

    private static final String PAGE = "/admin/assistente/vocabulario";

    private static final String QUESTIONS = "/admin/assistente/perguntas";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ChatService chat;

    private JdbcClient jdbc;

    private StaffBrowser editor;

    private String editorName;

    @BeforeAll
    void editorLoggedIn() {
        this.jdbc = JdbcClient.create(this.dataSource);
        this.editor = new StaffBrowser(this.port);
        this.editorName = StaffTestAccounts.create(this.dataSource, "EDITOR");
        assertThat(location(this.editor.login(this.editorName, StaffTestAccounts.PASSWORD))).endsWith("/admin");
    }

    @Test
    void aPhrasingAddedByAnEditorLeadsTheNextQuestionToItsEntryAndIsAudited() {
        String question = "quirelas trombetudas zumbaiadas";
        assertThat(ask(question).outcome().value()).isEqualTo("not-found");

        var response = this.editor.post(PAGE + "/formas", PAGE,
                Map.of("entrada", "juntar-documento", "texto", question));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith(PAGE);
        assertThat(this.editor.get(PAGE).body()).contains("A forma de perguntar foi adicionada", question);
        ChatReply after = ask(question);
        assertThat(after.outcome().value()).isEqualTo("answered");
        assertThat(after.sources().getFirst().url()).isEqualTo("/perguntas-frequentes#juntar-documento");
        assertThat(audit("CONTENT_CREATED", "forma-de-perguntar:juntar-documento"))
            .containsEntry("actor", this.editorName)
            .containsEntry("after_value", question);

        long id = this.jdbc.sql("select id from search_phrasing where text = ?")
            .param(question)
            .query(Long.class)
            .single();
        this.editor.post(PAGE + "/formas/" + id + "/apagar", PAGE, Map.of());
        assertThat(ask(question).outcome().value()).isEqualTo("not-found");
        assertThat(audit("CONTENT_DELETED", "forma-de-perguntar:juntar-documento")).containsEntry("before_value",
                question);
    }

    @Test
    void aSynonymSavedByAnEditorIsUsedByTheNextQuestionAndIsAudited() {
        assertThat(ask("xarabiscou").outcome().value()).isEqualTo("not-found");

        var response = this.editor.post(PAGE + "/sinonimos", PAGE,
                Map.of("palavra", "Xarabiscou", "significado", "Certidão distribuição"));

        assertThat(location(response)).endsWith(PAGE);
        assertThat(this.editor.get(PAGE).body()).contains("O sinônimo foi salvo", "xarabiscou",
                "certidao distribuicao");
        ChatReply after = ask("xarabiscou");
        assertThat(after.outcome().value()).isEqualTo("answered");
        assertThat(after.sources().getFirst().url()).containsAnyOf("certid");
        assertThat(audit("CONTENT_CREATED", "sinonimo:xarabiscou")).containsEntry("actor", this.editorName)
            .containsEntry("after_value", "certidao distribuicao");

        this.editor.post(PAGE + "/sinonimos/apagar", PAGE, Map.of("palavra", "xarabiscou"));
        assertThat(ask("xarabiscou").outcome().value()).isEqualTo("not-found");
    }

    @Test
    void anExpressionOfUpToThreeWordsIsASynonymToo() {
        assertThat(ask("xarope quirelado").outcome().value()).isEqualTo("not-found");

        this.editor.post(PAGE + "/sinonimos", PAGE,
                Map.of("palavra", "Xarope Quirelado", "significado", "certidão distribuição"));

        ChatReply after = ask("como peço um xarope quirelado?");
        assertThat(after.outcome().value()).isEqualTo("answered");
        assertThat(after.sources().getFirst().url()).containsAnyOf("certid");
        // Staff's synonyms are told from those the site came with ("q" for "que").
        assertThat(this.jdbc.sql("select word from search_synonym where added_by_staff").query(String.class).list())
            .contains("xarope quirelado")
            .doesNotContain("q");
        this.editor.post(PAGE + "/sinonimos/apagar", PAGE, Map.of("palavra", "xarope quirelado"));
        assertThat(ask("xarope quirelado").outcome().value()).isEqualTo("not-found");
    }

    @Test
    void invalidEntriesAreRefusedWithAPortugueseMessageAndChangeNothing() {
        long before = this.jdbc.sql("select count(*) from search_synonym").query(Long.class).single();

        this.editor.post(PAGE + "/sinonimos", PAGE,
                Map.of("palavra", "quatro palavras de mais", "significado", "certidao"));
        assertThat(this.editor.get(PAGE).body()).contains("Informe uma palavra ou uma expressão de até três palavras");
        this.editor.post(PAGE + "/formas", PAGE, Map.of("entrada", "nao-existe", "texto", "uma pergunta qualquer"));
        assertThat(this.editor.get(PAGE).body()).contains("Não foi possível adicionar");

        assertThat(this.jdbc.sql("select count(*) from search_synonym").query(Long.class).single()).isEqualTo(before);
        assertThat(this.jdbc.sql("select count(*) from search_phrasing where key = 'nao-existe'")
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void aFrequentUnansweredQuestionBecomesAPhrasingOfAnEntryInOneAction() {
        String question = "trombudo xilografado na quirelinha";
        assertThat(ask(question).outcome().value()).isEqualTo("not-found");
        String page = this.editor.get(QUESTIONS).body();
        assertThat(page).contains("Usar como outra forma de perguntar", "como-pedir-certidao");

        var response = this.editor.post(PAGE + "/formas", QUESTIONS,
                Map.of("entrada", "como-pedir-certidao", "texto", question, "voltar", "perguntas"));

        assertThat(location(response)).endsWith(QUESTIONS);
        assertThat(this.editor.get(QUESTIONS).body()).contains("A forma de perguntar foi adicionada");
        assertThat(ask(question).sources().getFirst().url()).isEqualTo("/perguntas-frequentes#como-pedir-certidao");
        this.jdbc.sql("delete from search_phrasing where text = ?").param(question).update();
    }

    @Test
    void onlyEditorsAndAdministratorsWithTheFormTokenChangeTheVocabulary() {
        var anonymous = new StaffBrowser(this.port);
        assertThat(location(anonymous.get(PAGE))).contains("/admin/entrar");

        var ops = new StaffBrowser(this.port);
        ops.login(StaffTestAccounts.create(this.dataSource, "OPS"), StaffTestAccounts.PASSWORD);
        assertThat(ops.get(PAGE).statusCode()).isEqualTo(403);

        var withoutToken = this.editor.postWithoutToken(PAGE + "/sinonimos",
                Map.of("palavra", "semtoken", "significado", "certidao"));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(
                this.jdbc.sql("select count(*) from search_synonym where word = 'semtoken'").query(Long.class).single())
            .isZero();
    }

    private final AtomicInteger asked = new AtomicInteger();

    private ChatReply ask(String question) {
        return this.chat.chat(null, null, question, "10.78.0." + this.asked.incrementAndGet(), Instant.now());
    }

    private Map<String, Object> audit(String action, String target) {
        return this.jdbc.sql("""
                select actor, before_value, after_value from audit_event where action = ? and target = ?
                order by id desc limit 1
                """).params(action, target).query().singleRow();
    }

}
