package br.jus.tjes.cariacica.assistant;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one knowledge-base chat message costs the database, counted on the JDBC calls
 * themselves (the data source is wrapped for this context only; background tasks and the
 * content revision check are off, and the health check has a connection of its own): the
 * allowance, the conversation and the question in one statement, retrieval in one, the
 * answer and its sources in one; no transaction opened around the store's statements, and
 * no query per earlier message; a question asked before takes its search from the cache.
 * Before these changes the same message cost 4 checkouts, 7 statements and 4 committed
 * transactions; then 3 checkouts, 3 statements and 1 transaction (the search's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "court.tasks.enabled=false", "court.content.revision-check-interval=1h" })
@Import(ChatDatabaseCostTests.CountingDataSource.class)
class ChatDatabaseCostTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Counts COUNTS = new Counts();

    /**
     * The store's two statements and the search run in autocommit.
     */
    private static final String SEARCH_TRANSACTION = "explicit transactions (none: each statement autocommits)";

    @LocalServerPort
    int port;

    @Test
    void aKnowledgeBaseChatMessageCostsThreeStatementsOnThreeCheckoutsWithoutTransactions() {
        String address = ChatHttp.newClientAddress();
        ask(address, "Qual o horário de atendimento?", null, null);

        var cost = COUNTS.during(() -> ask(address, "Como pego uma certidão?", null, null));

        System.out.println("CHAT_DB_COST new conversation: " + cost);
        assertThat(cost.statements()).as("statements").isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
        assertThat(cost.checkouts()).as("pool checkouts").isLessThanOrEqualTo(3);
        assertThat(cost.commits()).as(SEARCH_TRANSACTION).isZero();
    }

    @Test
    void aLongerConversationCostsNoMoreStatementsThanANewOne() {
        String address = ChatHttp.newClientAddress();
        JsonNode first = ask(address, "Como pego uma certidão?", null, null);
        String id = first.get("conversationId").asString();
        String token = first.get("conversationToken").asString();
        for (int i = 0; i < 4; i++) {
            ask(address, "E o horário de atendimento? " + i, id, token);
        }

        var cost = COUNTS.during(() -> ask(address, "Onde fica o fórum?", id, token));

        System.out.println("CHAT_DB_COST sixth message: " + cost);
        assertThat(cost.statements()).as("statements, with ten earlier messages").isLessThanOrEqualTo(3);
        assertThat(cost.checkouts()).as("pool checkouts").isLessThanOrEqualTo(3);
        assertThat(cost.commits()).as(SEARCH_TRANSACTION).isZero();
    }

    @Test
    void aQuestionAskedBeforeCostsOnlyTheTwoStoringStatementsItsSearchIsCached() {
        ask(ChatHttp.newClientAddress(), "Onde fica a vara?", null, null);

        var cost = COUNTS.during(() -> ask(ChatHttp.newClientAddress(), "onde fica a VARA", null, null));

        System.out.println("CHAT_DB_COST repeated question: " + cost);
        assertThat(cost.statements()).as("the question and the answer, no search").isEqualTo(2);
        assertThat(cost.checkouts()).as("pool checkouts").isEqualTo(2);
        assertThat(cost.commits()).as("explicit transactions").isZero();
    }

    private JsonNode ask(String address, String message, String conversationId, String token) {
        String body = (conversationId != null)
                ? "{\"message\": " + json(message) + ", \"conversationId\": \"" + conversationId + "\"}"
                : "{\"message\": " + json(message) + "}";
        var response = (token != null)
                ? ChatHttp.post(this.port, "/api/chat", body, address, "X-Conversation-Token", token)
                : ChatHttp.post(this.port, "/api/chat", body, address);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    record Cost(long checkouts, long statements, long commits) {
    }

    static final class Counts {

        private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
                "executeLargeUpdate", "executeLargeBatch");

        final AtomicLong checkouts = new AtomicLong();

        final AtomicLong statements = new AtomicLong();

        final AtomicLong commits = new AtomicLong();

        Cost during(Runnable work) {
            long c = this.checkouts.get();
            long s = this.statements.get();
            long t = this.commits.get();
            work.run();
            return new Cost(this.checkouts.get() - c, this.statements.get() - s, this.commits.get() - t);
        }

        DataSource wrap(DataSource target) {
            return proxy(DataSource.class, target, (method, result) -> {
                if (method.getName().equals("getConnection")) {
                    this.checkouts.incrementAndGet();
                    return proxy(Connection.class, result, this::onConnection);
                }
                return result;
            });
        }

        private Object onConnection(Method method, Object result) {
            if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                this.commits.incrementAndGet();
            }
            if (result instanceof Statement statement) {
                Class<?> type = (method.getName().equals("prepareStatement")) ? java.sql.PreparedStatement.class
                        : (method.getName().equals("prepareCall")) ? java.sql.CallableStatement.class : Statement.class;
                return proxy(type, statement, (called, value) -> {
                    if (EXECUTIONS.contains(called.getName())) {
                        this.statements.incrementAndGet();
                    }
                    return value;
                });
            }
            return result;
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, Object target, After after) {
            InvocationHandler handler = (self, method, args) -> {
                try {
                    return after.apply(method, method.invoke(target, args));
                }
                catch (InvocationTargetException ex) {
                    throw ex.getCause();
                }
            };
            return (T) Proxy.newProxyInstance(ChatDatabaseCostTests.class.getClassLoader(), new Class<?>[] { type },
                    handler);
        }

        interface After {

            Object apply(Method method, Object result) throws Exception;

        }

    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countingDataSourcePostProcessor() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return (bean instanceof DataSource dataSource && beanName.equals("dataSource"))
                            ? COUNTS.wrap(dataSource) : bean;
                }
            };
        }

    }

}
