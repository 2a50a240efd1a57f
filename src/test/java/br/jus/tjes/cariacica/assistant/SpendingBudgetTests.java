package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.StaffBrowser;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily OpenAI budget: shared by every instance through PostgreSQL, enforced before
 * each call, visible in the {@code openai} check and on the operations page.
 */
class SpendingBudgetTests extends FakeOpenAiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    @Autowired
    AssistantProperties properties;

    @Autowired
    SpendingLimits limits;

    @Autowired
    OpenAiHealthIndicator indicator;

    @Autowired
    HealthEndpoint health;

    JdbcClient jdbc;

    @BeforeEach
    void freshDay() {
        this.indicator.stop();
        this.jdbc = JdbcClient.create(this.dataSource);
        forgetToday();
    }

    @AfterEach
    void forgetToday() {
        JdbcClient.create(this.dataSource)
            .sql("delete from assistant_openai_spending where day = ?")
            .param(today())
            .update();
    }

    @Test
    void pastTheDailyRequestLimitTheAssistantAnswersFromTheKnowledgeBaseWithoutCallingUpstream() {
        upstreamAnswers(completion("""
                {"resposta": "Das 12h às 18h.", "fontes": ["F1"], "encontrou": true}"""));
        // Another instance has spent the day's requests.
        this.jdbc
            .sql("insert into assistant_openai_spending (day, requests, tokens, updated_at) values (?, ?, 10, now())")
            .params(today(), this.limits.requestsPerDay())
            .update();

        var response = chat("Qual o horário de atendimento?");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = JSON.readTree(response.body());
        assertThat(reply.get("mode").asString()).isEqualTo("knowledge-base");
        assertThat(reply.get("answer").asString()).isNotBlank();
        OPENAI.verify(0, postRequestedFor(urlPathEqualTo(COMPLETIONS)));
        assertThat(this.jdbc.sql("select fallback_reason from assistant_message where id = ?")
            .param(java.util.UUID.fromString(reply.get("messageId").asString()))
            .query(String.class)
            .single()).isEqualTo("budget");
        // A refused call is not counted: the day stays at its limit.
        assertThat(requestsToday()).isEqualTo(this.limits.requestsPerDay());
    }

    @Test
    void aSpentBudgetTurnsTheOpenAiCheckDegradedAndTheOperationsPageSaysWhy() {
        this.jdbc
            .sql("insert into assistant_openai_spending (day, requests, tokens, updated_at) values (?, 3, ?, now())")
            .params(today(), this.limits.tokensPerDay())
            .update();
        // The background refresh reads what every instance spent.
        this.indicator.refresh();

        var openai = (IndicatedHealthDescriptor) this.health.healthForPath("openai");
        assertThat(openai.getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(openai.getDetails()).containsEntry("mode", "knowledge-base")
            .containsEntry("budgetRequests", "3 de " + this.limits.requestsPerDay() + " hoje")
            .containsEntry("budgetTokens", this.limits.tokensPerDay() + " de " + this.limits.tokensPerDay() + " hoje");
        assertThat(String.valueOf(openai.getDetails().get("reason"))).contains("orçamento diário da OpenAI esgotado");

        var ops = new StaffBrowser(this.port);
        ops.login(StaffTestAccounts.create(this.dataSource, "OPS"), StaffTestAccounts.PASSWORD);
        var page = ops.get("/admin/operacoes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-check=\"openai\"", "orçamento diário da OpenAI esgotado",
                "3 de " + this.limits.requestsPerDay() + " hoje");
    }

    @Test
    void eachCallReservesARequestAndAddsTheTokensTheReplyReports() {
        upstreamAnswers(completion("""
                {"resposta": "Das 12h às 18h.", "fontes": ["F1"], "encontrou": true}"""));

        var reply = JSON.readTree(chat("Qual o horário de atendimento?").body());

        assertThat(reply.get("mode").asString()).isEqualTo("ai");
        var row = this.jdbc.sql("select requests, tokens from assistant_openai_spending where day = ?")
            .param(today())
            .query()
            .singleRow();
        assertThat(row).containsEntry("requests", 1L).containsEntry("tokens", 366L);
        var openai = (IndicatedHealthDescriptor) this.health.healthForPath("openai");
        assertThat(openai.getDetails()).containsEntry("budgetTokens", "366 de " + this.limits.tokensPerDay() + " hoje");
    }

    @Test
    void twoInstancesReservingAtOnceNeverPassTheRequestLimit() throws Exception {
        var day = Clock.fixed(Instant.parse("2001-03-04T15:00:00Z"), ZoneOffset.UTC);
        this.jdbc.sql("delete from assistant_openai_spending where day = date '2001-03-04'").update();
        var small = new SpendingLimits(25, 1_000_000);
        var first = new SpendingBudget(JdbcClient.create(this.dataSource), day, this.properties, small);
        var second = new SpendingBudget(JdbcClient.create(this.dataSource), day, this.properties, small);
        var start = new CountDownLatch(1);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            var budget = (i % 2 == 0) ? first : second;
            calls.add(() -> {
                start.await();
                return budget.reserve().isPresent();
            });
        }

        long granted;
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Boolean>> results = calls.stream().map(pool::submit).toList();
            start.countDown();
            granted = 0;
            for (var result : results) {
                granted += result.get() ? 1 : 0;
            }
        }

        assertThat(granted).isEqualTo(25);
        assertThat(this.jdbc.sql("select requests from assistant_openai_spending where day = date '2001-03-04'")
            .query(Long.class)
            .single()).isEqualTo(25);
        assertThat(first.refresh().spent()).isTrue();
    }

    @Test
    void theTokensOfOneDayStopTheNextCallAndTheNextDayStartsAfresh() {
        this.jdbc.sql("delete from assistant_openai_spending where day between date '2001-05-06' and date '2001-05-07'")
            .update();
        var limits = new SpendingLimits(100, 1_000);
        // 23:30 in Cariacica is already the next day in UTC: the court's day counts.
        var lateEvening = Clock.fixed(Instant.parse("2001-05-07T02:30:00Z"), ZoneOffset.UTC);
        var budget = new SpendingBudget(JdbcClient.create(this.dataSource), lateEvening, this.properties, limits);

        var reservation = budget.reserve().orElseThrow();
        assertThat(reservation.day()).isEqualTo(LocalDate.of(2001, 5, 6));
        // An answer of that day that cost 1,000 tokens (ConversationStore adds them as it
        // stores the answer).
        this.jdbc.sql("update assistant_openai_spending set tokens = tokens + 1000 where day = ?")
            .param(reservation.day())
            .update();

        assertThat(budget.reserve()).isEmpty();
        assertThat(budget.usage().spent()).isTrue();
        var nextMorning = new SpendingBudget(JdbcClient.create(this.dataSource),
                Clock.fixed(Instant.parse("2001-05-07T12:00:00Z"), ZoneOffset.UTC), this.properties, limits);
        assertThat(nextMorning.reserve()).isPresent();
        assertThat(nextMorning.usage().requests()).isEqualTo(1);
    }

    private long requestsToday() {
        return this.jdbc.sql("select requests from assistant_openai_spending where day = ?")
            .param(today())
            .query(Long.class)
            .single();
    }

    private LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Sao_Paulo"));
    }

}
