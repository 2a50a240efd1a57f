package br.jus.tjes.cariacica.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real PostgreSQL index. Each test indexes documents under a kind of its own,
 * and asserts only on those, because the index is shared with the site's sample content.
 */
@SpringBootTest
class SiteSearchTests {

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndex index;

    String kind;

    @BeforeEach
    void newKind() {
        this.kind = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void rebuildsRunningAtTheSameTimeNeitherCollideNorLeaveDuplicates() throws Exception {
        // The startup rebuild and a queued refresh task (or two instances) rebuild the
        // same kind at once.
        var documents = List.of(doc("a", "Primeiro", "Texto um."), doc("b", "Segundo", "Texto dois."));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var rebuilds = java.util.stream.IntStream.range(0, 12)
                .mapToObj((i) -> pool.submit(() -> this.index.replaceAll(this.kind, documents)))
                .toList();
            for (var rebuild : rebuilds) {
                rebuild.get();
            }
        }

        assertThat(keysOf(mine(this.search.search("texto", 0, 50).hits()))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aQueryWithoutAccentsFindsAccentedText() {
        this.index.replaceAll(this.kind,
                List.of(doc("a", "Audiência de conciliação", "A audiência acontece na sala 2.")));

        assertThat(keysOf(this.search.search("audiencia conciliacao", 0, 50).hits())).contains("a");
        assertThat(keysOf(this.search.search("AUDIÊNCIA", 0, 50).hits())).contains("a");
    }

    @Test
    void aMisspeltWordStillFindsItsPage() {
        this.index.replaceAll(this.kind, List.of(doc("gratuidade", "Gratuidade de justiça",
                "Quem não pode pagar as custas pode pedir a gratuidade de justiça.")));

        var results = this.search.search("gartuidade", 0, 50);

        assertThat(keysOf(results.hits())).contains("gratuidade");
        assertThat(results.relaxed()).isTrue();
    }

    @Test
    void aWholeQuestionRanksTheMatchingFaqAboveTheOthers() {
        this.index.replaceAll(this.kind,
                List.of(doc("certidao", "Como obter uma certidão de objeto e pé?",
                        "A certidão de objeto e pé descreve o andamento do processo e é pedida à secretaria."),
                        doc("horario", "Qual é o horário de atendimento?",
                                "O balcão atende de segunda a sexta-feira, das 12h às 18h."),
                        doc("pauta", "Onde vejo a pauta de audiências?",
                                "A pauta fica na página Pauta, com filtros por data e tipo.")));

        var hits = mine(
                this.search.search("Como faço para pegar uma certidão de objeto e pé do meu processo?", 0, 50).hits());

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().key()).isEqualTo("certidao");
    }

    @Test
    void possessionAndTheVerbCanAreDifferentWordsInTheIndex() {
        // "posso" (I can) and "posse" (possession) had the same stem, "poss": the
        // irregular forms of common verbs are read as their infinitive (V120).
        this.index.replaceAll(this.kind, List.of(doc("testemunhas", "Posso levar testemunhas?", "Sim, até três."),
                doc("possessorias", "Ações possessórias", "Reintegração de posse e usucapião.")));

        assertThat(keysOf(mine(this.search.search("posse", 0, 50).hits()))).containsExactly("possessorias");
        assertThat(keysOf(mine(this.search.search("posso", 0, 50).hits()))).containsExactly("testemunhas");
        assertThat(keysOf(mine(this.search.search("pode levar testemunhas", 0, 50).hits())))
            .containsExactly("testemunhas");
    }

    @Test
    void iAskFindsWhatAskingFindsAndNotTheDocumentsOfACase() {
        // "peço" (I ask) had the stem of "peça" (a document of a case), "pec", and not
        // the stem of "pedir" and "pedido".
        this.index.replaceAll(this.kind, List.of(doc("certidao", "Como peço uma certidão?", "Na secretaria."),
                doc("pecas", "Peças do processo", "A petição inicial e a contestação.")));

        assertThat(keysOf(mine(this.search.search("peça", 0, 50).hits()))).containsExactly("pecas");
        assertThat(keysOf(mine(this.search.search("peco certidao", 0, 50).hits()))).containsExactly("certidao");
        assertThat(keysOf(mine(this.search.search("pedir certidão", 0, 50).hits()))).containsExactly("certidao");
    }

    @Test
    void aWordInTheSingularFindsATitleInThePlural() {
        // Plurals in "-ões" had a stem of their own ("certido" and "certida").
        this.index.replaceAll(this.kind, List.of(doc("plural", "Certidões", "Pedidos pela internet."),
                doc("corpo", "Outros assuntos", "Fala da certidão só aqui no texto.")));

        assertThat(keysOf(mine(this.search.search("certidão", 0, 50).hits()))).containsExactly("plural", "corpo");
    }

    @Test
    void titleWeighsMoreThanBody() {
        this.index.replaceAll(this.kind,
                List.of(doc("corpo", "Outros assuntos", "Fala de penhora só aqui no texto, uma vez."),
                        doc("titulo", "Penhora", "Explicação geral sobre o tema.")));

        var hits = mine(this.search.search("penhora", 0, 50).hits());

        assertThat(keysOf(hits)).containsExactly("titulo", "corpo");
    }

    @Test
    void snippetsHighlightTheMatchAndEscapeEverythingElse() {
        this.index.replaceAll(this.kind, List
            .of(doc("x", "Aviso de teste", "Texto com <script>alert('x')</script> e a palavra protocolo no meio.")));

        var hit = mine(this.search.search("protocolo", 0, 50).hits()).getFirst();

        assertThat(hit.snippetHtml()).contains("<mark>protocolo</mark>")
            .contains("alert(&#39;x&#39;)")
            .doesNotContain("<script", "</script");
        assertThat(hit.snippetHtml().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void snippetsMarkTheWordAsWrittenAndItsSingular() {
        // The index reads "certidões" as "certidão" (V121); the snippet is the body as
        // written.
        this.index.replaceAll(this.kind,
                List.of(doc("x", "Aviso de teste", "A certidão sai em dois dias; as certidões antigas, em cinco.")));

        var hit = mine(this.search.search("certidões", 0, 50).hits()).getFirst();

        assertThat(hit.snippetHtml()).contains("<mark>certid&atilde;o</mark>", "<mark>certid&otilde;es</mark>");
    }

    @Test
    void hostileOrEmptyQueriesGiveResultsNotErrors() {
        assertThat(this.search.search("   ", 0, 10).hits()).isEmpty();
        assertThat(this.search.search(null, 0, 10).total()).isZero();
        assertThat(this.search.search("'); drop table search_document; -- & | ! :*", 0, 10)).isNotNull();
        assertThat(this.search.search("<script>alert(1)</script>", -5, 0).page()).isZero();
        assertThat(this.search.search("a".repeat(10_000), 0, 10).query()).hasSize(SearchQuery.MAX_LENGTH);
        assertThat(this.search.topPassages("???", 5)).isEmpty();
    }

    @Test
    void pagesAreCountedAndSliced() {
        this.index.replaceAll(this.kind, List.of(doc("1", "Custas processuais um", "custas"),
                doc("2", "Custas processuais dois", "custas"), doc("3", "Custas processuais três", "custas")));
        String unique = "custasunicas" + this.kind;
        this.index.replaceAll(this.kind, List.of(doc("1", "Um " + unique, "texto"), doc("2", "Dois " + unique, "texto"),
                doc("3", "Três " + unique, "texto")));

        var first = this.search.search(unique, 0, 2);
        var second = this.search.search(unique, 1, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).hasSize(1);
    }

    @Test
    void upsertAndRemoveKeepTheIndexInStep() {
        String word = "xilografia" + this.kind;
        this.index.upsert(doc("k", "Primeira versão", "nada"));
        this.index.upsert(doc("k", "Segunda versão " + word, "nada"));

        assertThat(mine(this.search.search(word, 0, 10).hits())).extracting(SearchHit::title)
            .containsExactly("Segunda versão " + word);

        this.index.remove(this.kind, "k");

        assertThat(mine(this.search.search(word, 0, 10).hits())).isEmpty();
    }

    @Test
    void passagesForTheAssistantCarryThePlainTextAndTheUrl() {
        // The index also holds the site's sample content, which talks about the Balcão
        // Virtual a lot: the
        // question carries this test's own kind as a word, so only this document has
        // every word of it.
        this.index.replaceAll(this.kind, List.of(doc("balcao", "Balcão Virtual " + this.kind,
                "O Balcão Virtual atende por videochamada em dias úteis.")));

        var passages = mine(this.search.topPassages("como o balcão virtual " + this.kind + " atende?", 5));

        assertThat(passages).first().satisfies((hit) -> {
            assertThat(hit.passage()).isEqualTo("O Balcão Virtual atende por videochamada em dias úteis.");
            assertThat(hit.url()).isEqualTo("/teste/balcao");
        });
    }

    private SearchDocument doc(String key, String title, String body) {
        return new SearchDocument(this.kind, key, title, body, "/teste/" + key);
    }

    private List<SearchHit> mine(List<SearchHit> hits) {
        return hits.stream().filter((hit) -> hit.kind().equals(this.kind)).toList();
    }

    private List<String> keysOf(List<SearchHit> hits) {
        return mine(hits).stream().map(SearchHit::key).toList();
    }

}
