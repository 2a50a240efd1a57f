package br.jus.tjes.cariacica.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assistant's retrieval on the sample content: how citizens write still finds the
 * page (colloquial spellings, no accents, typos, synonyms the content does not use, a
 * story with the question at the end), and what the site does not answer comes back empty
 * (the relevance floor).
 */
@SpringBootTest
class RelevantPassagesTests {

    @Autowired
    SiteSearch search;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            textBlock = """
                    posso mandar os documento pelo zap?                        | /perguntas-frequentes#whatsapp-documentos
                    qdo é minha audiencia? como eu descubro                    | /perguntas-frequentes#como-saber-audiencia
                    quero me divorciar, é nessa vara?                          | /perguntas-frequentes#divorcio-pensao
                    divorsio é nessa vara?                                     | /perguntas-frequentes#divorcio-pensao
                    o fórum tem banheiro acessível pra cadeirante?             | /a-vara
                    recebi uma mensagem pedindo um pix pra acelerar o processo | /avisos/golpe-falso-servidor
                    como partissipo da audiencia por videoconferensia          | /perguntas-frequentes#audiencia-virtual-como
                    Tenho 67 anos e moro longe do fórum. Meu filho trabalha o dia todo. Não sei mexer direito no computador. Como faço a audiência virtual sem internet? | /perguntas-frequentes#sem-internet
                    """)
    void howCitizensWriteStillFindsThePage(String question, String url) {
        assertFirstIsOneOf(question, url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';',
            textBlock = """
                    onde arrumo advogado de graça?                                  ; /servicos/defensoria-publica /perguntas-frequentes#nao-tenho-advogado
                    e se eu nao for na audiencia de conciliação, da problema?        ; /perguntas-frequentes#faltar-conciliacao
                    contratei advogado, perco o direito a gratuidade?               ; /perguntas-frequentes#gratuidade-com-advogado
                    pq meu processo n aparece quando eu pesquiso no site do tribunal ; /perguntas-frequentes#processo-em-segredo
                    """)
    void anExpressionWithASynonymFindsThePageItsWordsAloneMiss(String question, String urls) {
        assertFirstIsOneOf(question, urls);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            como anexo um recibo no meu processo?     | /perguntas-frequentes#juntar-documento
            anexei um documento, o juiz vai ver?      | /perguntas-frequentes#juntar-documento
            """)
    void aFormOfAVerbFindsWhatTheSynonymOfItsInfinitiveFinds(String question, String url) {
        assertFirstIsOneOf(question, url);
    }

    @Test
    void aFormOfAWordTheSiteUsesIsNotReadAsATypoOfAnother() {
        // "conto" (the site says "conta") was corrected to "contato", a word of the
        // contacts on /atendimento.
        List<SearchHit> hits = this.search.relevantPassages("como eu conto os dias úteis?", 6);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().url()).isIn("/perguntas-frequentes#como-contar-prazo", "/servicos/prazos-e-recesso");
    }

    @Test
    void theEntryAboutTheOneThingAskedComesBeforeThePageWhoseTitleListsManyTopics() {
        // "/atendimento" is titled "Atendimento: Balcão Virtual, telefones, horários,
        // plantão, ouvidoria e Defensoria" and has every word of the question.
        List<SearchHit> hits = this.search.relevantPassages("o balcão virtual atende em que horário?", 6);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().url()).isIn("/perguntas-frequentes#horario-atendimento", "/servicos/balcao-virtual",
                "/perguntas-frequentes#o-que-e-balcao-virtual");
        assertThat(hits).extracting(SearchHit::url).contains("/atendimento");
    }

    @Test
    void everyWordASynonymStandsForIsFoundInTheContent() {
        // The content is stemmed without its accents, so a noun and its verb no longer
        // share a stem ("reclamacao" and "reclamo"): an expansion must name a form the
        // content uses, or it matches nothing.
        List<String> dead = this.jdbc.sql("""
                select distinct e.word
                  from search_synonym s cross join lateral unnest(string_to_array(s.expansion, ' ')) as e(word)
                 where to_tsvector('portuguese_unaccent', search_lemmas(e.word)) <> ''::tsvector
                   and e.word not in ('comigo', 'hoje', 'mensagem', 'porque', 'tudo')
                   and not exists (select 1 from search_document d
                                    where d.document @@ plainto_tsquery('portuguese_unaccent', search_lemmas(e.word)))
                """).query(String.class).list();

        assertThat(dead).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            preciso de uma liminar urgente no carnaval                | /perguntas-frequentes#urgencia-fim-de-semana
            a atendente foi mal educada comigo, quero fazer uma queixa | /perguntas-frequentes#reclamacao-atendimento
            um funcionario da vara me tratou mal                      | /perguntas-frequentes#reclamacao-atendimento
            """)
    void aSynonymReachesTheEntryThatUsesTheOtherFormOfTheWord(String question, String url) {
        assertFirstIsOneOf(question, url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            textBlock = """
                    quando sera a audiencia do meu processo?       | /perguntas-frequentes#como-saber-audiencia
                    meu processo pode correr tudo online?          | /servicos/juizo-100-digital /avisos/juizo-100-digital-adesao
                    quero que o processo seja todo pela internet   | /servicos/juizo-100-digital /avisos/juizo-100-digital-adesao
                    """)
    void anExpressionAskingForADateOrAWholeCaseOnLineFindsItsPage(String question, String urls) {
        assertFirstIsOneOf(question, urls);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';',
            textBlock = """
                    uma mulher me mandou mensagem pedindo dinheiro em nome do forum ; /avisos/golpe-falso-servidor
                    da pra entrar com uma acao sem pagar nada?                      ; /servicos/custas-e-gratuidade /perguntas-frequentes#quem-tem-gratuidade /perguntas-frequentes#quanto-custa-processo
                    qual a competencia dessa vara?                                  ; /perguntas-frequentes#o-que-a-vara-julga /a-vara
                    """)
    void wordsAndExpressionsTheContentNeverUsesFindThePage(String question, String urls) {
        assertFirstIsOneOf(question, urls);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';',
            textBlock = """
                    voces abrem a tarde?                                                         ; /perguntas-frequentes#horario-atendimento /atendimento
                    o balcao atende pela manha?                                                  ; /perguntas-frequentes#horario-atendimento /atendimento
                    estou gravida, sou atendida primeiro?                                        ; /avisos/atendimento-prioritario
                    sou gestante, tenho preferencia na fila?                                     ; /avisos/atendimento-prioritario
                    recebi um boleto de liberacao do meu processo por whatsapp, é verdade?       ; /avisos/golpe-falso-servidor
                    me ligaram dizendo que ganhei a causa e tenho que pagar uma taxa de liberacao ; /avisos/golpe-falso-servidor
                    minha audiencia é amanhã e nao vou conseguir ir, o que acontece?             ; /perguntas-frequentes#faltar-conciliacao
                    """)
    void everydayWordsForHoursPriorityScamsAndMissingAHearingFindThePage(String question, String urls) {
        assertFirstIsOneOf(question, urls);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';',
            textBlock = """
                    a defensoria pública pode entrar com a ação contra a empresa por mim? ; /perguntas-frequentes#nao-tenho-advogado /servicos/defensoria-publica
                    uma ação de reintegração de posse de um lote invadido corre nesta vara?; /perguntas-frequentes#o-que-a-vara-julga /a-vara
                    o celular da minha mãe não tem câmera, como ela participa da audiência? ; /perguntas-frequentes#sem-internet
                    o processo corre em segredo de justiça, quem consegue acompanhar?     ; /perguntas-frequentes#processo-em-segredo
                    """)
    void aStaffPhrasingOrAFrameWordLeftOutPutsTheEntryAskedAboutFirst(String question, String urls) {
        // "posse" has the stem of "posso" (many titles), "entrar com uma ação" is the
        // costs entry's title, and "corre" was "Os prazos correm no fim do ano?".
        assertFirstIsOneOf(question, urls);
    }

    @ParameterizedTest
    @ValueSource(strings = { "quem tem a posse de um imóvel?", "como pedir a posse de volta?", "posse" })
    void aQuestionAboutPossessionReachesTheCompetenceEntryAndNoEntryThatAsksPosso(String question) {
        // "posse" had the stem of "posso", in the titles "Posso levar testemunhas?",
        // "Posso falar diretamente com o juiz?"… (V120 reads "posso" as "poder").
        List<SearchHit> hits = this.search.relevantPassages(question, 6);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().url()).isEqualTo("/perguntas-frequentes#o-que-a-vara-julga");
        assertThat(hits).extracting(SearchHit::title).noneMatch((title) -> title.startsWith("Posso"));
    }

    @Test
    void theFormsOfACommonVerbAreReadAsItsInfinitiveInTheIndexAndInTheQuery() {
        assertThat(stems("posso possa pude poderão")).isEqualTo(stems("pode"));
        assertThat(stems("peço peco")).isEqualTo(stems("pedir"));
        assertThat(stems("faço fiz")).isEqualTo(stems("fazer"));
        assertThat(stems("posse")).isNotEqualTo(stems("posso"));
        assertThat(stems("peça")).isNotEqualTo(stems("peço"));
        // A form that is also a noun of the court's writing stays a noun: "o feito" is
        // the case.
        assertThat(stems("feito")).isNotEqualTo(stems("fazer"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "certidão", "a certidão negativa sai em quantos dias?" })
    void aWordInTheSingularMatchesTheTitleThatHasItInThePlural(String question) {
        // "certidão" was "certida" and the guide's title "Certidões" was "certido", so
        // the FAQ entry "Como peço uma certidão?" came first (V121).
        List<SearchHit> hits = this.search.relevantPassages(question, 6);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().url()).isEqualTo("/servicos/certidoes");
    }

    @Test
    void aPluralInOesOrVeisIsReadAsItsSingular() {
        assertThat(stems("certidões certidoes")).isEqualTo(stems("certidão"));
        assertThat(stems("decisões")).isEqualTo(stems("decisão"));
        assertThat(stems("imóveis")).isEqualTo(stems("imóvel"));
        // "-ães" is left alone: "mães" is not "mão".
        assertThat(stems("mães")).isNotEqualTo(stems("mão"));
    }

    @Test
    void anExpressionWrittenWithAnAbbreviationFindsWhatTheExpressionFinds() {
        // "qdo" stands for "quando", so "qdo vai ser" is the expression "quando vai ser"
        // (a date) without staff writing each abbreviated form of every expression.
        List<SearchHit> hits = this.search.relevantPassages("qdo vai ser a audiencia do meu proceso", 6);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().url()).isEqualTo("/perguntas-frequentes#como-saber-audiencia");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Qual é a capital da França?", "oi, tudo bem?", "bom dia", "muito obrigado!",
            "Qual o resultado da mega-sena?", "zzqxw kkvvj", "???" })
    void whatTheSiteDoesNotAnswerComesBackEmpty(String question) {
        assertThat(this.search.relevantPassages(question, 6)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa certidao",
            "'); drop table search_document; -- & | ! :*", "<script>alert(1)</script> certidão" })
    void hostileQuestionsGiveAnAnswerNotAnError(String question) {
        assertThat(this.search.relevantPassages(question, 6)).isNotNull();
    }

    private List<String> stems(String words) {
        return this.jdbc
            .sql("select distinct unnest(tsvector_to_array(to_tsvector('portuguese_unaccent', search_lemmas(:words))))"
                    + " as lexeme order by lexeme")
            .param("words", words)
            .query(String.class)
            .list();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            textBlock = """
                    o inss cortou meu auxilio doença, da pra botar eles na justiça ai nessa vara? | /perguntas-frequentes#acao-contra-inss /a-vara
                    to desempregado e nao tenho como bancar as taxas do processo, tem como nao pagar nada? | /servicos/custas-e-gratuidade /perguntas-frequentes#quem-tem-gratuidade
                    """)
    void wordsTheSiteNeverUsesDoNotHideADistinctiveWordThePageShares(String question, String urls) {
        assertFirstIsOneOf(question, urls);
    }

    // The first passage's page is one of the pages listed (separated by spaces).
    private void assertFirstIsOneOf(String question, String urls) {
        List<SearchHit> hits = this.search.relevantPassages(question, 6);

        assertThat(hits).isNotEmpty();
        assertThat(List.of(urls.split(" "))).contains(hits.getFirst().url());
    }

}
