package br.jus.tjes.cariacica.search;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of search results against the real index: a repeated query (however it is
 * spelled) runs no SQL, and every write to the index or its vocabulary, or a clear for
 * another instance's edit, makes the next search see the database again.
 */
@SpringBootTest(properties = { "court.tasks.enabled=false", "court.content.revision-check-interval=1h" })
class SearchResultCacheTests {

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndex index;

    @Autowired
    SearchVocabulary vocabulary;

    @Autowired
    SearchResultCache cache;

    String kind;

    String word;

    @BeforeEach
    void newKindAndWord() {
        // Letters only (the index folds digits apart from words): each hex digit becomes
        // a
        // letter, so the id always has its 32 characters.
        StringBuilder id = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            id.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        this.kind = "c" + id.substring(0, 6);
        this.word = "zq" + id.substring(0, 6);
    }

    @Test
    void aRepeatedSiteSearchSpelledAnotherWayIsServedWithoutSql() {
        this.index.replaceAll(this.kind, List.of(doc("a", "Certidão " + this.word, "Texto da certidão.")));
        this.search.search("certidão " + this.word, 0, 10);
        long misses = this.cache.misses();

        SearchResults again = this.search.search("  CERTIDÃO, " + this.word.toUpperCase() + "?", 0, 10);

        assertThat(this.cache.misses()).as("searches that ran SQL").isEqualTo(misses);
        assertThat(again.query()).as("the query as this visitor typed it").startsWith("CERTIDÃO,");
        assertThat(keys(again.hits())).containsExactly("a");
    }

    @Test
    void aRepeatedQuestionToTheAssistantIsServedWithoutSql() {
        this.index.replaceAll(this.kind,
                List.of(doc("a", "Como pedir a certidão " + this.word, "A certidão " + this.word + " sai em 5 dias.")));
        var first = this.search.relevantPassages("Como pego a certidão " + this.word + "?", 5);
        long misses = this.cache.misses();

        var again = this.search.relevantPassages("como pego a certidao " + this.word, 5);

        assertThat(this.cache.misses()).isEqualTo(misses);
        assertThat(again).isEqualTo(first);
        assertThat(keys(again)).contains("a");
    }

    @Test
    void onlyAQuestionThatMissesTheCacheGoesThroughTheCallersAdmission() {
        this.index.replaceAll(this.kind,
                List.of(doc("a", "Como pedir a certidão " + this.word, "A certidão " + this.word + " sai em 5 dias.")));
        AtomicInteger admitted = new AtomicInteger();
        Function<Supplier<List<SearchHit>>, List<SearchHit>> admission = (statement) -> {
            admitted.incrementAndGet();
            return statement.get();
        };

        var first = this.search.relevantPassages("Como pego a certidão " + this.word + "?", 5, admission);
        var again = this.search.relevantPassages("como pego a certidao " + this.word, 5, admission);

        assertThat(admitted).as("searches that waited for the caller's database admission").hasValue(1);
        assertThat(again).isEqualTo(first);
        assertThat(keys(first)).contains("a");
    }

    @Test
    void anEditToTheIndexIsSeenByTheNextSearchOfTheSameQuery() {
        this.index.replaceAll(this.kind, List.of(doc("a", "Primeiro " + this.word, "Texto.")));
        assertThat(keys(this.search.search(this.word, 0, 10).hits())).containsExactly("a");

        this.index.upsert(doc("b", "Segundo " + this.word, "Texto."));

        assertThat(keys(this.search.search(this.word, 0, 10).hits())).containsExactlyInAnyOrder("a", "b");
        this.index.remove(this.kind, "a");
        assertThat(keys(this.search.search(this.word, 0, 10).hits())).containsExactly("b");
    }

    @Test
    void aNewSynonymIsSeenByTheNextQuestionOfTheSameWords() {
        String colloquial = "papeluxo";
        this.index.replaceAll(this.kind, List.of(doc("a", "Certidão de objeto " + this.word,
                "Como pedir a certidão " + this.word + " de objeto e pé no balcão.")));
        assertThat(keys(this.search.relevantPassages("quero o " + colloquial, 5))).isEmpty();

        this.vocabulary.saveSynonym(colloquial, this.word + " certidao");
        try {
            assertThat(keys(this.search.relevantPassages("quero o " + colloquial, 5))).contains("a");
        }
        finally {
            this.vocabulary.removeSynonym(colloquial);
        }
        assertThat(keys(this.search.relevantPassages("quero o " + colloquial, 5))).isEmpty();
    }

    @Test
    void anotherInstancesEditClearsTheCachedResults() {
        this.search.search("certidão", 0, 10);
        long misses = this.cache.misses();

        this.index.forgetCachedResults();
        this.search.search("certidão", 0, 10);

        assertThat(this.cache.misses()).as("the search ran SQL again").isEqualTo(misses + 1);
    }

    private SearchDocument doc(String key, String title, String body) {
        return new SearchDocument(this.kind, key, title, body, "/teste/" + key);
    }

    private List<String> keys(List<SearchHit> hits) {
        return hits.stream().filter((hit) -> hit.kind().equals(this.kind)).map(SearchHit::key).toList();
    }

}
