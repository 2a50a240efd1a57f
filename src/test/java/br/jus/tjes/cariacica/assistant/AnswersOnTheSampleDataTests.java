package br.jus.tjes.cariacica.assistant;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import br.jus.tjes.cariacica.content.CnjNumber;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static br.jus.tjes.cariacica.assistant.ChatHttp.newClientAddress;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen reads on the embedded default (no OpenAI key): live answers from the
 * sample pauta and the unit's content, declined legal advice, composed answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswersOnTheSampleDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> TYPES = Map.of("CONCILIACAO", "Conciliação", "MEDIACAO", "Mediação",
            "INSTRUCAO_JULGAMENTO", "Instrução e julgamento", "JUSTIFICACAO", "Justificação", "SANEAMENTO",
            "Saneamento");

    private static final String SAMPLE_CASE = "1197975-75.2023.8.08.0012";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuestionWithACaseNumberIsAnsweredWithItsNextHearingOnThePublicPauta() {
        Map<String, Object> next = this.jdbc.queryForMap("""
                select scheduled_at, hearing_type, mode from hearing
                where case_number = ? and not sealed and scheduled_at > now() and status in ('DESIGNADA', 'REDESIGNADA')
                order by scheduled_at limit 1""", SAMPLE_CASE);
        ZonedDateTime when = ((Timestamp) next.get("scheduled_at")).toInstant().atZone(CourtTime.ZONE);

        JsonNode reply = chat("Quando é a audiência do processo " + SAMPLE_CASE + "?");

        assertThat(reply.get("outcome").asString()).isEqualTo("answered");
        assertThat(reply.get("answer").asString())
            .startsWith("A próxima audiência do processo " + SAMPLE_CASE + " na pauta pública da vara é ")
            .contains(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(when),
                    "às " + ((when.getMinute() == 0) ? when.getHour() + "h"
                            : String.format("%dh%02d", when.getHour(), when.getMinute())) + ":",
                    TYPES.get((String) next.get("hearing_type")),
                    next.get("mode").equals("VIRTUAL") ? "virtual" : "presencial");
        assertThat(reply.get("sources").get(0).get("url").asString())
            .isEqualTo("/consulta-processual?numero=" + SAMPLE_CASE);
    }

    @Test
    void aSealedCaseIsNeitherConfirmedNorDeniedItReadsLikeANumberWithoutPublicHearings() {
        String sealed = this.jdbc.queryForObject("select case_number from hearing where sealed limit 1", String.class);
        String unknown = "0000001-" + CnjNumber.checkDigitsFor("0000001", "2020", "8", "08", "0012")
                + ".2020.8.08.0012";

        String aboutSealed = chat("Quando é a audiência do processo " + sealed + "?").get("answer").asString();
        String aboutUnknown = chat("Quando é a audiência do processo " + unknown + "?").get("answer").asString();

        assertThat(aboutSealed).contains("não mostra audiência marcada").doesNotContainIgnoringCase("segredo");
        assertThat(aboutSealed.replace(sealed, "N")).isEqualTo(aboutUnknown.replace(unknown, "N"));
    }

    @Test
    void aSealedCasesSourcesAreThoseOfANumberWithoutPublicHearings() {
        String sealed = this.jdbc.queryForObject("select case_number from hearing where sealed limit 1", String.class);
        String unknown = "0000001-" + CnjNumber.checkDigitsFor("0000001", "2020", "8", "08", "0012")
                + ".2020.8.08.0012";
        String question = "Recebi uma carta do processo %s. Quando é a audiência? Preciso levar documentos?";

        JsonNode aboutSealed = chat(question.formatted(sealed)).get("sources");
        JsonNode aboutUnknown = chat(question.formatted(unknown)).get("sources");

        assertThat(urls(aboutSealed)).hasSizeGreaterThan(1)
            .isEqualTo(urls(aboutUnknown).stream().map((url) -> url.replace(unknown, sealed)).toList());
    }

    @Test
    void aLiveAnswerListsTheSearchsBestPagesAfterItsOwn() {
        JsonNode reply = chat("Qual o telefone da vara? Quero perguntar sobre o Juízo 100% Digital.");

        assertThat(reply.get("answer").asString()).contains(this.jdbc
            .queryForObject("select contact from contact_channel where kind = 'TELEFONE' limit 1", String.class));
        assertThat(urls(reply.get("sources"))).hasSizeLessThanOrEqualTo(3)
            .doesNotHaveDuplicates()
            .contains("/servicos/juizo-100-digital")
            .first()
            .isNotEqualTo("/servicos/juizo-100-digital");
    }

    /**
     * What an answer may quote of the unit's page reads as the page does: its name is not
     * glued before a text that already says it ("2ª Vara Cível de Cariacica A 2ª Vara
     * Cível de Cariacica julga…").
     */
    @Test
    void theUnitsPageIsIndexedWithoutItsNameGluedToTheTextThatSaysIt() {
        String body = this.jdbc
            .queryForObject("select body from search_document where kind = 'pagina' and key = 'a-vara'", String.class);

        assertThat(body).startsWith("A 2ª Vara Cível de Cariacica julga").doesNotContain("Cariacica A 2ª Vara");
    }

    @Test
    void aNumberWithWrongCheckDigitsGetsTheCheckDigitExplanation() {
        JsonNode reply = chat("Quando é a audiência do processo 1197975-57.2023.8.08.0012?");

        assertThat(reply.get("answer").asString()).contains("não é um número de processo válido",
                "dígitos verificadores");
    }

    @Test
    void aSubjectOfAnotherCourtIsAnsweredWithWhereToGoFromTheSitesContent() {
        JsonNode reply = chat("Meu divórcio é nesta vara?");

        assertThat(reply.get("answer").asString()).startsWith("Esse assunto não é da 2ª Vara Cível de Cariacica.")
            .contains("Vara de Família: divórcio, pensão alimentícia");
        // The FAQ entry that asks the same question first, the unit's whole list second.
        assertThat(reply.get("sources").get(0).get("url").asString())
            .isEqualTo("/perguntas-frequentes#divorcio-pensao");
        assertThat(reply.get("sources").get(1).get("url").asString()).isEqualTo("/a-vara");
        assertThat(reply.get("mode").asString()).isEqualTo("direct");
    }

    @Test
    void whetherASubjectIsJudgedHereIsAnsweredWhateverTheLearnedModelReadsInTheRestOfTheMessage() {
        String question = "quanto ta o dolar hoje e a gasolina? e o divorcio da minha filha, é nesse forum?";
        JsonNode reply = chat(question);

        assertThat(QuestionIntents.of(question)).as("the learned model reads this message as outside the site")
            .isEqualTo(QuestionIntents.Intent.OUTSIDE);
        assertThat(reply.get("outcome").asString()).isEqualTo("answered");
        assertThat(reply.get("answer").asString()).startsWith("Esse assunto não é da 2ª Vara Cível de Cariacica.");
    }

    @Test
    void legalAdviceIsDeclinedWithTheDefensoriasPhoneAndStoredAsRefused() {
        JsonNode reply = chat("Devo recorrer da sentença que perdi?");

        assertThat(reply.get("outcome").asString()).isEqualTo("refused");
        assertThat(reply.get("answer").asString()).startsWith("Não posso dar orientação jurídica sobre o seu caso")
            .contains("advogado", "Defensoria Pública do Espírito Santo, pelo telefone 129");
        assertThat(reply.get("handoff").toString()).contains("defensoria");
        assertThat(this.jdbc.queryForObject("select outcome from assistant_message where id = ?", String.class,
                UUID.fromString(reply.get("messageId").asString())))
            .isEqualTo("refused");
    }

    @Test
    void anOpinionAskedOnACaseIsDeclinedWhateverSubjectItTouchesAndTheSubjectAloneIsNotFound() {
        assertThat(chat("minha vó ganha do plano de saúde?").get("outcome").asString()).isEqualTo("refused");
        assertThat(chat("qual plano de saúde é melhor pra idoso?").get("outcome").asString()).isEqualTo("not-found");
        assertThat(chat("meu cachorro fugiu, o que faço?").get("outcome").asString()).isEqualTo("not-found");
    }

    @Test
    void adviceAboutASubjectOfAnotherCourtIsDeclinedAndSaysWhereToGo() {
        JsonNode reply = chat("Quero me divorciar, o que eu faço?");

        assertThat(reply.get("outcome").asString()).isEqualTo("refused");
        assertThat(reply.get("answer").asString()).contains("orientação jurídica", "Vara de Família: divórcio");
    }

    @Test
    void whetherTheLawRequiresALawyerIsAnsweredHoweverLongTheStoryBeforeIt() {
        // The learned intents read this story as a request for advice; its question is
        // what the site explains (up to 20 minimum wages the Juizado needs no lawyer).
        JsonNode reply = chat("Sou motorista de aplicativo e levei meu carro numa oficina pra trocar a embreagem, "
                + "paguei R$ 3.500 e o serviço ficou mal feito, o carro voltou pior do que foi. O mecânico não quer "
                + "devolver nada e eu tô sem grana sobrando. Pra um valor desses eu sou obrigado a contratar advogado "
                + "ou dá pra entrar sozinho?");

        assertThat(reply.get("outcome").asString()).isEqualTo("answered");
        assertThat(reply.get("sources").get(0).get("url").asString()).startsWith("/perguntas-frequentes#");
    }

    @Test
    void whetherTheChatKeepsWhatIsWrittenIsAnsweredFromThePrivacyPage() {
        JsonNode reply = chat("vcs salvam oq eu escrevo aqui?");

        assertThat(reply.get("outcome").asString()).isEqualTo("answered");
        assertThat(reply.get("answer").asString()).contains("as perguntas enviadas ao assistente são guardadas",
                "até 90 dias");
        assertThat(reply.get("sources").get(0).get("url").asString()).isEqualTo("/privacidade");
    }

    @Test
    void composedAnswersStayWithinSixHundredCharactersAndEndWithTheirSources() {
        for (String question : List.of("Como funciona a audiência de conciliação?", "Como pego uma certidão?",
                "como acompanho meu processo", "o que é o balcão virtual")) {
            JsonNode reply = chat(question);
            assertThat(reply.get("outcome").asString()).as(question).isEqualTo("answered");
            assertThat(reply.get("answer").asString()).as(question)
                .hasSizeLessThanOrEqualTo(600)
                .contains("Saiba mais: " + reply.get("sources").get(0).get("title").asString());
        }
    }

    private static List<String> urls(JsonNode sources) {
        return sources.valueStream().map((source) -> source.get("url").asString()).toList();
    }

    private JsonNode chat(String message) {
        HttpResponse<String> response = ChatHttp.post(this.port, "/api/chat", "{\"message\": " + json(message) + "}",
                newClientAddress());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}
