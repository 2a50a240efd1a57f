package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.search.SearchHit;
import br.jus.tjes.cariacica.search.SearchResults;
import br.jus.tjes.cariacica.search.SiteSearch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit's facts that come with a question are the ones it is about: its hours and
 * contacts for a question about the unit, not for one about another place that shares a
 * word with them.
 */
class PassagesTests {

    private final Passages passages = new Passages(new NothingOnTheSite(),
            new ContentCourtFacts(new LiveAnswersTests.OneUnit(), Clock.systemUTC()), 3, Supplier::get);

    @Test
    void anotherPlacesHoursAreNotAnsweredWithTheUnitsOwn() {
        assertThat(titles("qual hospital tem pronto socorro infantil funcionando de madrugada?")).isEmpty();
        assertThat(titles("tem farmácia funcionando agora perto do terminal?")).isEmpty();
        assertThat(titles("o fórum está funcionando hoje?")).contains("Atendimento agora");
    }

    @Test
    void someoneElsesPhoneIsNotAQuestionAboutTheUnitsContacts() {
        assertThat(titles("tenho as fotos e o telefone do motorista, essa vara cuida desse ressarcimento?"))
            .doesNotContain("Contatos da vara");
        assertThat(titles("qual o telefone da vara?")).contains("Contatos da vara");
    }

    @Test
    void theDefensoriaIsNotTheUnitsOwnSoItStillHelpsAQuestionNamingAnotherPlace() {
        assertThat(titles("o pastor da igreja disse pra eu procurar advogado de graça, onde acho?"))
            .containsExactly("Defensoria Pública");
    }

    @Test
    void onesBossAtWorkIsNotSearchedForAsTheEncarregadoOfPersonalData() {
        AskedOf site = new AskedOf();
        Passages asking = new Passages(site, new ContentCourtFacts(new LiveAnswersTests.OneUnit(), Clock.systemUTC()),
                3, Supplier::get);

        asking.forKnowledgeBase("na audiencia online tenho q entrar qnto tempo antes? preciso pedir pro encarregado");
        asking.forKnowledgeBase("quem é o encarregado de dados da vara?");

        assertThat(site.questions).hasSize(2);
        assertThat(site.questions.get(0)).contains("audiencia online").doesNotContain("encarregado");
        assertThat(site.questions.get(1)).contains("encarregado de dados");
    }

    private List<String> titles(String question) {
        return this.passages.forKnowledgeBase(question).stream().map(Passage::title).toList();
    }

    /** A site that finds nothing and keeps what it was asked. */
    private static final class AskedOf implements SiteSearch {

        private final List<String> questions = new ArrayList<>();

        @Override
        public SearchResults search(String query, int page, int pageSize) {
            throw new UnsupportedOperationException("the assistant does not page");
        }

        @Override
        public List<SearchHit> topPassages(String question, int limit) {
            this.questions.add(question);
            return List.of();
        }

        @Override
        public List<SearchHit> relevantPassages(String question, int limit,
                Function<Supplier<List<SearchHit>>, List<SearchHit>> onMiss) {
            this.questions.add(question);
            return List.of();
        }

    }

    /** A site whose search finds nothing above the relevance floor. */
    private static final class NothingOnTheSite implements SiteSearch {

        @Override
        public SearchResults search(String query, int page, int pageSize) {
            throw new UnsupportedOperationException("the assistant does not page");
        }

        @Override
        public List<SearchHit> topPassages(String question, int limit) {
            return List.of();
        }

        @Override
        public List<SearchHit> relevantPassages(String question, int limit,
                Function<Supplier<List<SearchHit>>, List<SearchHit>> onMiss) {
            return List.of();
        }

    }

}
