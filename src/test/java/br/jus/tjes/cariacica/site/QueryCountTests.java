package br.jus.tjes.cariacica.site;

import java.util.List;

import br.jus.tjes.cariacica.content.ContentCachesCleared;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;

import static br.jus.tjes.cariacica.support.WebClientSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speed bar: a public page costs at most two SQL statements with its caches cold and
 * none once warm. Counted with Hibernate's statistics, switched on for this test only
 * (every content read goes through JPA).
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

    Statistics statistics;

    @BeforeEach
    void enableStatistics() {
        this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        this.statistics.setStatisticsEnabled(true);
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

}
