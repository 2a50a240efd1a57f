package br.jus.tjes.cariacica.content;

import java.time.Duration;
import java.util.UUID;

import br.jus.tjes.cariacica.search.SearchDocument;
import br.jus.tjes.cariacica.search.SearchHit;
import br.jus.tjes.cariacica.search.SearchIndex;
import br.jus.tjes.cariacica.search.SiteSearch;
import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.TaskState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class SearchRefreshTaskTests {

    /** The site module's page-cache eviction. */
    private static final String EVICT_PAGE_CACHES = "paginas-limpar-cache";

    @Autowired
    BackgroundTasks tasks;

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndex index;

    @Test
    void theRefreshChainPutsPublishedContentBackIntoTheIndexAndThenEvictsCaches() {
        SearchHit faq = this.search.search("certidão", 0, 50)
            .hits()
            .stream()
            .filter((hit) -> hit.kind().equals(SearchDocument.FAQ))
            .findFirst()
            .orElseThrow();
        this.index.remove(SearchDocument.FAQ, faq.key());
        assertThat(keysOfFaq()).doesNotContain(faq.key());

        UUID refresh = this.tasks.enqueue(TaskRequest.of(ContentTasks.REFRESH_SEARCH));
        UUID evict = this.tasks.enqueue(TaskRequest.of(EVICT_PAGE_CACHES).after(refresh));
        var ids = java.util.List.of(refresh, evict);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(stateOf(ids.get(0))).isEqualTo(TaskState.SUCCEEDED);
            assertThat(stateOf(ids.get(1))).isEqualTo(TaskState.SUCCEEDED);
        });
        assertThat(keysOfFaq()).contains(faq.key());
    }

    private TaskState stateOf(UUID id) {
        return this.tasks.status(id).orElseThrow().state();
    }

    private java.util.List<String> keysOfFaq() {
        return this.search.search("certidão", 0, 50)
            .hits()
            .stream()
            .filter((hit) -> hit.kind().equals(SearchDocument.FAQ))
            .map(SearchHit::key)
            .toList();
    }

}
