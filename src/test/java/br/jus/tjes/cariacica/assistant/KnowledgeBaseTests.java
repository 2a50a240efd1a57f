package br.jus.tjes.cariacica.assistant;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Composed answers: the sentences that answer, short, best source first. */
class KnowledgeBaseTests {

    private static final Passage HOURS = new Passage("F1", "Horário de atendimento", "/atendimento",
            "Horários da 2ª Vara Cível de Cariacica (horário de Brasília). Balcão presencial: segunda-feira 12h às 18h, "
                    + "terça-feira 12h às 18h. Em feriados e dias sem expediente não há atendimento.");

    private static final Passage CONCILIATION = new Passage("F2", "Como funciona a audiência de conciliação?",
            "/perguntas-frequentes#conciliacao",
            "Audiências. Na audiência de conciliação, um conciliador ajuda as partes a conversar e tentar um acordo. "
                    + "O juiz não decide nada nessa audiência. Se houver acordo, ele é homologado pelo juiz e vale como "
                    + "sentença. Se não houver, o processo segue. Chegue com 15 minutos de antecedência e leve "
                    + "documento com foto. A audiência pode ser presencial ou virtual, conforme a intimação. "
                    + "Quem não comparece sem justificativa pode ser multado. "
                    + "Texto longo que continua e continua ".repeat(20));

    private static final Passage DEADLINES = new Passage("F3", "Como são contados os prazos?",
            "/perguntas-frequentes#prazos",
            "Prazos. Os prazos processuais são contados em dias úteis. O prazo começa no primeiro dia útil depois da "
                    + "intimação.");

    private final KnowledgeBase knowledgeBase = new KnowledgeBase(messages());

    @Test
    void theAnswerOpensWithTheSentencesThatAnswerNotThePassagesFirstLines() {
        // In retrieval's order: the page that answers first, the unit's hours after it
        // (Passages puts a fact first only when the best hit is the fact's own page).
        Answer answer = this.knowledgeBase.answer("Como funciona a audiência de conciliação?",
                List.of(CONCILIATION, HOURS), "no-key");

        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(answer.text()).startsWith("Na audiência de conciliação, um conciliador ajuda")
            .contains("Saiba mais: Como funciona a audiência de conciliação?")
            .doesNotContain("Horários da 2ª Vara", "Audiências.");
        assertThat(answer.sources().get(0).url()).isEqualTo("/perguntas-frequentes#conciliacao");
    }

    @Test
    void aPageWithTwoPassagesIsListedOnceUnderItsBestPassagesTitle() {
        Passage contacts = new Passage("F5", "Contatos da vara", "/atendimento",
                "Telefone e e-mail da 2ª Vara Cível de Cariacica. Reclamações do atendimento vão à Ouvidoria.");

        Answer answer = this.knowledgeBase.answer("horário do balcão", List.of(HOURS, contacts, DEADLINES), "no-key");

        assertThat(answer.sources()).extracting(Source::url)
            .containsExactly("/atendimento", "/perguntas-frequentes#prazos");
        assertThat(answer.sources().get(0).title()).isEqualTo("Horário de atendimento");
        assertThat(answer.text()).doesNotContain("Contatos da vara");
    }

    @Test
    void theSearchsPagesFollowALiveAnswersOwnOnceEachButAnotherFaqEntryIsAnotherAnswer() {
        Passage hearings = new Passage("P1", "Pauta de audiências", "/pauta", "Audiências públicas da semana.");
        Passage cancelled = new Passage("F6", "Minha audiência foi cancelada?",
                "/perguntas-frequentes#audiencia-cancelada", "Audiências. Veja a pauta.");

        List<Source> sources = this.knowledgeBase.after(
                List.of(new Source("Próxima audiência", "/pauta?processo=0001234-56.2024.8.08.0012"),
                        new Source("Como são contados os prazos?", "/perguntas-frequentes#prazos")),
                List.of(hearings, DEADLINES, cancelled));

        assertThat(sources).extracting(Source::url)
            .containsExactly("/pauta?processo=0001234-56.2024.8.08.0012", "/perguntas-frequentes#prazos",
                    "/perguntas-frequentes#audiencia-cancelada");
    }

    @Test
    void aTitleGluedToTheTextIsLeftOut() {
        Answer answer = this.knowledgeBase.answer("como conta os prazos?", List.of(DEADLINES), "no-key");

        assertThat(answer.text()).startsWith("Os prazos processuais são contados em dias úteis.")
            .doesNotContain("Prazos. Os");
    }

    @Test
    void anFaqCategoryPrefixIsLeftOutAndAnArticleNumberDoesNotEndTheSentence() {
        Passage faq = new Passage("F4", "Posso ter justiça gratuita mesmo com advogado particular?",
                "/perguntas-frequentes#gratuidade-com-advogado",
                "Certidões, custas e gratuidade. Ter advogado particular não impede, por si só, a concessão da "
                        + "gratuidade (Código de Processo Civil, art. 99, § 4º). O pedido é feito na petição.");

        Answer answer = this.knowledgeBase.answer("justiça gratuita com advogado particular", List.of(faq), null);

        assertThat(answer.text()).startsWith("Ter advogado particular não impede, por si só, a concessão da "
                + "gratuidade (Código de Processo Civil, art. 99, § 4º).");
    }

    @Test
    void theComposedTextIsAtMostSixHundredCharacters() {
        for (String question : List.of("Como funciona a audiência de conciliação?", "audiencia texto longo continua",
                "horário", "qualquer coisa")) {
            Answer answer = this.knowledgeBase.answer(question, List.of(CONCILIATION, HOURS, DEADLINES), "no-key");
            assertThat(answer.text()).as(question).hasSizeLessThanOrEqualTo(KnowledgeBase.MAX_TEXT);
            assertThat(answer.sources()).hasSizeBetween(1, 3);
        }
    }

    @Test
    void nothingRelevantIsSaidPlainlyWithoutSources() {
        Answer answer = this.knowledgeBase.answer("Qual é a capital da França?", List.of(), "no-key");

        assertThat(answer.outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(answer.text()).startsWith("Não encontrei essa informação no conteúdo do site da vara.");
        assertThat(answer.sources()).isEmpty();
    }

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
