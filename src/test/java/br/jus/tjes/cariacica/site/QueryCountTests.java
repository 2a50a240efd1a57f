package br.jus.tjes.cariacica.site;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import br.jus.tjes.cariacica.support.WebClientSupport;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed bar: a public page costs at most two SQL statements with its caches cold and
 * none once warm. Counted with Hibernate's statistics, switched on for this test only
 * (every content read goes through JPA). Beside them, the transactions (Spring's, counted
 * by a listener on the transaction managers) and the pool checkouts (HikariCP's
 * {@code hikaricp.connections.acquire}) of each page and of a chat message, against
 * today's figures. Those two counters see the whole application, background work
 * included, so each figure is the least of three tries: background work only ever adds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryCountTests {

    private static final List<String> PAGES = List.of("/", "/a-vara", "/atendimento", "/servicos",
            "/servicos/certidoes", "/avisos", "/avisos?pagina=2", "/avisos/mutirao-conciliacao", "/avisos/feed.xml",
            "/perguntas-frequentes", "/pauta", "/pauta?modo=VIRTUAL&pagina=1",
            "/consulta-processual?numero=0001234-45.2024.8.08.0012", "/acessibilidade", "/privacidade", "/sitemap.xml",
            "/robots.txt");

    @LocalServerPort
    int port;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MeterRegistry meters;

    @Autowired
    List<PlatformTransactionManager> transactionManagers;

    Statistics statistics;

    final AtomicLong transactions = new AtomicLong();

    final TransactionExecutionListener transactionCounter = new TransactionExecutionListener() {

        @Override
        public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
            QueryCountTests.this.transactions.incrementAndGet();
        }

    };

    @BeforeEach
    void enableStatistics() {
        this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.statistics.setStatisticsEnabled(true);
    }

    @BeforeEach
    void countTransactions() {
        for (PlatformTransactionManager manager : this.transactionManagers) {
            if (manager instanceof ConfigurableTransactionManager configurable) {
                configurable.addListener(this.transactionCounter);
            }
        }
    }

    @AfterEach
    void stopCountingTransactions() {
        for (PlatformTransactionManager manager : this.transactionManagers) {
            if (manager instanceof ConfigurableTransactionManager configurable) {
                configurable.getTransactionExecutionListeners().remove(this.transactionCounter);
            }
        }
    }

    @AfterEach
    void disableStatistics() {
        this.statistics.setStatisticsEnabled(false);
    }

    @Test
    void everyPublicPageCostsAtMostTwoStatementsColdAndNoneWarm() {
        long coldTotal = 0;
        for (String path : PAGES) {
            // Straight to the caches: ContentChanged would also rebuild the search index,
            // which warms them again.
            this.cacheManager.getCacheNames().forEach((name) -> this.cacheManager.getCache(name).clear());
            // ...and the whole pages built from them, so the page is rendered again.
            this.events.publishEvent(new ContentCachesCleared("test"));
            this.statistics.clear();

            var cold = get(this.port, path, "Accept", "text/html");

            assertThat(cold.statusCode()).as(path).isEqualTo(200);
            assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s, cold", path)
                .isLessThanOrEqualTo(2);
            coldTotal += this.statistics.getPrepareStatementCount();

            this.statistics.clear();
            var warm = get(this.port, path, "Accept", "text/html");

            assertThat(warm.statusCode()).as(path).isEqualTo(200);
            assertThat(this.statistics.getPrepareStatementCount()).as("statements for %s, warm", path).isZero();
        }
        // The counter really counts: cold pages did read the database.
        assertThat(coldTotal).isGreaterThanOrEqualTo(PAGES.size());
    }

    @Test
    void everyPublicPageCostsAtMostTwoTransactionsAndTwoCheckoutsColdAndNoneWarm() {
        long coldCheckouts = 0;
        for (String path : PAGES) {
            var cold = least(() -> {
                clearCaches();
                return cost(() -> assertThat(get(this.port, path, "Accept", "text/html").statusCode()).as(path)
                    .isEqualTo(200));
            });
            var warm = least(
                    () -> cost(() -> assertThat(get(this.port, path, "Accept", "text/html").statusCode()).as(path)
                        .isEqualTo(200)));

            // Measured on 5 December 2026: cold, one read-only transaction on its own
            // checkout for the layout's unit and one for the page's content (none for
            // robots.txt); warm, nothing.
            assertThat(cold.transactions()).as("transactions for %s, cold", path).isLessThanOrEqualTo(2);
            assertThat(cold.checkouts()).as("pool checkouts for %s, cold", path).isLessThanOrEqualTo(2);
            assertThat(warm.transactions()).as("transactions for %s, warm", path).isZero();
            assertThat(warm.checkouts()).as("pool checkouts for %s, warm", path).isZero();
            coldCheckouts += cold.checkouts();
        }
        // The counters really count: cold pages did check connections out.
        assertThat(coldCheckouts).isGreaterThanOrEqualTo(PAGES.size() - 1);
    }

    @Test
    void aChatMessageOnTheKnowledgeBaseCostsAtMostOneTransactionAndThreeCheckouts() {
        var message = least(() -> cost(() -> {
            var response = WebClientSupport.send(WebClientSupport.request(this.port, "/api/chat")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Forwarded-For", newClientAddress())
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"Como pego uma certidão?\"}"))
                .build());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }));

        // Measured on 5 December 2026 (as ChatDatabaseCostTests counts on the JDBC
        // calls):
        // the retrieval's read-only transaction, and three checkouts (the question, the
        // retrieval, the answer).
        assertThat(message.transactions()).as("transactions of a chat message").isLessThanOrEqualTo(1);
        assertThat(message.checkouts()).as("pool checkouts of a chat message").isBetween(1L, 3L);
    }

    private void clearCaches() {
        this.cacheManager.getCacheNames().forEach((name) -> this.cacheManager.getCache(name).clear());
        this.events.publishEvent(new ContentCachesCleared("test"));
    }

    /** What one piece of work cost the database, counted around it. */
    private Cost cost(Runnable work) {
        long checkouts = checkouts();
        long transactions = this.transactions.get();
        work.run();
        return new Cost(this.transactions.get() - transactions, checkouts() - checkouts);
    }

    private long checkouts() {
        return this.meters.get("hikaricp.connections.acquire").timer().count();
    }

    /** The least of three tries, counter by counter. */
    private static Cost least(Supplier<Cost> attempt) {
        Cost least = attempt.get();
        for (int i = 1; i < 3; i++) {
            Cost next = attempt.get();
            least = new Cost(Math.min(least.transactions(), next.transactions()),
                    Math.min(least.checkouts(), next.checkouts()));
        }
        return least;
    }

    /** A fresh client address, so the chat's per-address limit never refuses a try. */
    private static String newClientAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    record Cost(long transactions, long checkouts) {
    }

}
