package br.jus.tjes.cariacica.assistant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import br.jus.tjes.cariacica.content.Channel;
import br.jus.tjes.cariacica.content.Closure;
import br.jus.tjes.cariacica.content.FaqCategory;
import br.jus.tjes.cariacica.content.Hearing;
import br.jus.tjes.cariacica.content.HearingFilter;
import br.jus.tjes.cariacica.content.Notice;
import br.jus.tjes.cariacica.content.Page;
import br.jus.tjes.cariacica.content.ServiceGuide;
import br.jus.tjes.cariacica.content.SiteContent;
import br.jus.tjes.cariacica.content.Unit;
import br.jus.tjes.cariacica.time.CourtTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers from the court's data with a fixed clock: open now (closures honoured), check
 * digits, competence, contacts. The hearings themselves are asked of the real pauta in
 * {@code LiveAnswersOnTheSampleDataTests}.
 */
class LiveAnswersTests {

    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    @Test
    void onAClosureDayTheUnitIsClosedWithItsReasonAndTheNextOpeningSkipsTheWeekend() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        Answer answer = live.answer("A vara está aberta hoje?").orElseThrow();

        assertThat(answer.text()).startsWith("Agora (sexta-feira, 25/12/2026, 14h):")
            .contains("hoje não há expediente (Natal)")
            .contains("Balcão presencial, Telefone da secretaria: fechado; abre segunda-feira, 28/12/2026, às 12h.")
            .contains("plantão judiciário")
            .doesNotContain("aberto, até");
        assertThat(answer.sources()).extracting(Source::url).containsExactly("/atendimento");
        assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
    }

    @Test
    void onAWorkingDayWithinHoursTheUnitIsOpenUntilClosingTime() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 15, 30));

        Answer answer = live.answer("ta funcionando agora?").orElseThrow();

        assertThat(answer.text()).contains("Balcão presencial, Telefone da secretaria: aberto, até as 18h.")
            .doesNotContain("plantão");
    }

    @Test
    void aDayNamedGetsItsClosureOrItsHours() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(20), 10, 0));

        assertThat(live.answer("o fórum abre dia 25 de dezembro?").orElseThrow().text())
            .isEqualTo("Em sexta-feira, 25/12/2026 não há expediente na vara: Natal. "
                    + "Pedidos urgentes vão ao plantão judiciário.");
        assertThat(live.answer("forum funciona dia 23/12/2026?").orElseThrow().text())
            .startsWith("Em quarta-feira, 23/12/2026 a vara atende: Balcão presencial: 12h às 18h; "
                    + "Telefone da secretaria: 12h às 18h.");
        assertThat(live.answer("abre no dia 26?").orElseThrow().text())
            .startsWith("Em sábado, 26/12/2026 não há atendimento na vara");
        // A day already past this month is the next month's.
        assertThat(live.answer("vocês abrem dia 2?").orElseThrow().text()).startsWith("Em sábado, 02/01/2027");
        assertThat(live.answer("o fórum abre dia 31 de abril?")).isEmpty();
        assertThat(live.answer("a audiência do dia 20 começa que horas?")).isEmpty();
        // A holiday by its name.
        assertThat(live.answer("vcs abre no dia de finados?").orElseThrow().text())
            .startsWith("Em terça-feira, 02/11/2027 a vara atende");
        assertThat(live.answer("o fórum funciona no natal?").orElseThrow().text()).contains("Natal");
        assertThat(live.answer("vcs abre no dia de finados? queria resolver umas coisa do processo do meu finado"))
            .isPresent();
        // The recess, not the unit's day.
        assertThat(live.answer("a justiça fecha no natal? os prazos param?")).isEmpty();
        // A holiday to come, unnamed, is not now: the notice on it answers.
        assertThat(live.answer("vai ter expediente no feriado? meu prazo vence justo nesse dia")).isEmpty();
        assertThat(live.answer("hoje é feriado, tá aberto?").orElseThrow().text()).startsWith("Agora");
        // An emergency on a closed day is the plantão's, misspelt too.
        assertThat(live.answer("si acontese uma urjencia no sabado e o forum ta fechado eu vo aonde?")).isEmpty();
    }

    @Test
    void anInvalidCaseNumberGetsTheCheckDigitExplanation() {
        Answer answer = live(at(CHRISTMAS, 14, 0)).answer("Quando é a audiência do processo 1197975-76.2023.8.08.0012?")
            .orElseThrow();

        assertThat(answer.text()).contains("1197975-76.2023.8.08.0012", "não é um número de processo válido",
                "dígitos verificadores");
        assertThat(answer.sources()).extracting(Source::url)
            .containsExactly("/consulta-processual?numero=1197975-76.2023.8.08.0012",
                    "/perguntas-frequentes#como-saber-audiencia");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pra liberar o valor do processo 1197975-76.2023.8.08.0012 pedem uma taxa de 380 no pix, isso é verdade?",
            "o banco pediu uma certidão de objeto e pé do processo 1197975-76.2023.8.08.0012, como consigo?",
            "no processo 1197975-76.2023.8.08.0012 aparece o meu nome na pauta do site?" })
    void aNumberCopiedBesideAnotherQuestionLeavesThatQuestionToItsOwnAnswer(String question) {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.aboutTheCourt(question)).map(Answer::text)
            .matches((text) -> text.isEmpty() || !text.get().contains("dígitos verificadores"), question);
        assertThat(live.aboutTheCourt("Quando é a audiência do processo 1197975-76.2023.8.08.0012?")).isPresent();
    }

    @Test
    void aValidNumberWithoutAPublicHearingAskedForItsHearingAlsoGetsTheFaqOnWhereTheDateComesFrom() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));
        String number = "0001234-"
                + br.jus.tjes.cariacica.content.CnjNumber.checkDigitsFor("0001234", "2024", "8", "08", "0012")
                + ".2024.8.08.0012";

        Answer asked = live.answer("proc nº " + number + ", qdo é a audiencia? onde vejo a data").orElseThrow();
        Answer checked = live.answer("o número " + number + " está certo?").orElseThrow();

        assertThat(asked.text()).contains("não mostra audiência marcada");
        assertThat(asked.sources()).extracting(Source::url)
            .containsExactly("/consulta-processual?numero=" + number, "/perguntas-frequentes#como-saber-audiencia");
        assertThat(checked.sources()).extracting(Source::url).containsExactly("/consulta-processual?numero=" + number);
    }

    @Test
    void aNumberOfAnotherCourtIsSaidToBeValidButNotOfTjes() {
        // Segment 4 (federal), region 02: valid digits, not TJES.
        String federal = "0001234-"
                + br.jus.tjes.cariacica.content.CnjNumber.checkDigitsFor("0001234", "2024", "4", "02", "5001")
                + ".2024.4.02.5001";

        Answer answer = live(at(CHRISTMAS, 14, 0)).answer("audiencia do " + federal).orElseThrow();

        assertThat(answer.text()).contains("é válido, mas não é de um processo do Tribunal de Justiça do Espírito");
    }

    @Test
    void aSubjectOfAnotherCourtIsAnsweredWithWhereToGoFromTheUnitsOwnList() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("Quero me divorciar, é aqui?").orElseThrow().text())
            .startsWith("Esse assunto não é da 2ª Vara Cível de Cariacica. Procure: Vara de Família: divórcio");
        assertThat(live.answer("processo contra o INSS é nessa vara?").orElseThrow().text())
            .contains("Justiça Federal: ações contra o INSS");
        assertThat(live.answer("processo contra a CEF é aí nessa vara ou na federal?").orElseThrow().text())
            .contains("Justiça Federal");
        assertThat(live.answer("Quero processar o Município, é aqui?").orElseThrow().text())
            .contains("Vara da Fazenda Pública");
        assertThat(live.answer("pequenas causas é aqui?").orElseThrow().text()).contains("Juizado Especial Cível");
        assertThat(live.answer("Como peço uma certidão?")).isEmpty();
        assertThat(live.answer("Quero me divorciar, é aqui?").orElseThrow().mode()).isEqualTo(Mode.DIRECT);
    }

    @Test
    void aiIsReadAsHereButNotAsTheGreetingThatOpensAMessage() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("posso processar a prefeitura de cariacica ai?").orElseThrow().text())
            .contains("Vara da Fazenda Pública");
        assertThat(live.answer("quero processar o detran, é aí?").orElseThrow().text())
            .contains("Vara da Fazenda Pública");
        assertThat(live.answer("divorcio é ai?").orElseThrow().text()).contains("Vara de Família");
        assertThat(live.answer("e ai, sabe se a pensao do meu filho atrasou?")).isEmpty();
    }

    @Test
    void aCertificateAskedHereIsNotAQuestionOfWhichCourtJudgesTheOneWhoAsksForIt() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("a prefeitura ta pedindo certidao negativa de processo civel pra licitacao, "
                + "como eu tiro essa certidao ai"))
            .isEmpty();
        assertThat(live.answer("posso processar a prefeitura de cariacica ai?").orElseThrow().text())
            .contains("Vara da Fazenda Pública");
    }

    @Test
    void whetherTheChatKeepsWhatIsWrittenIsAnsweredWithThePrivacyPagesLinesOnTheAssistant() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 10, 0));

        for (String question : List.of("vcs salvam oq eu escrevo aqui?",
                "as mensagens que eu mando nesse robô ficam arquivadas? por quanto tempo vcs guardam a conversa?",
                "oq vcs fazem com oq eu escrevo aqui nesse chat? fica salvo em algum lugar?",
                // personal data offered here: the page asks not to
                "posso digitar aqui o CPF e o endereço da minha mãe pra vocês acharem o processo dela?",
                "posso mandar meu cpf e rg aq pra vc achar meu processo? ou n pode",
                "Posso mandar aqui no chat a foto do meu CPF e do RG pra você conferir se tá tudo certo?",
                "Por quanto tempo as conversas com este assistente permanecem armazenadas?")) {
            Answer answer = live.answer(question).orElseThrow();

            assertThat(answer.text()).as(question)
                .startsWith("Assistente virtual: as perguntas enviadas ao assistente são guardadas")
                .contains("As conversas com o assistente ficam guardadas por até 90 dias e depois são apagadas.")
                .doesNotContain("seis meses", "cookie");
            assertThat(answer.sources()).extracting(Source::url).containsExactly("/privacidade");
        }
        // Keeping something else, or writing without keeping, is not this question.
        assertThat(live.answer("como guardo o comprovante do que eu mandei pro advogado?")).isEmpty();
        assertThat(live.answer("o que eu escrevo na petição?")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "o meu nome aparece na pauta?",
            "na relação de audiências do site dá pra ver o nome de quem tá sendo processado?",
            "quem olhar a pauta vai ver os nomes das partes do meu processo?",
            "a audiência da minha tia vai aparecer na lista do site com o nome dela?" })
    void whetherThePautaShowsNamesIsAnsweredWithThePrivacyPagesLineOnThePauta(String question) {
        Answer answer = live(at(CHRISTMAS.minusDays(2), 10, 0)).answer(question).orElseThrow();

        assertThat(answer.text()).startsWith("Pauta de audiências: mostra número do processo")
            .contains("nunca o nome das partes")
            .doesNotContain("assistente", "seis meses");
        assertThat(answer.sources()).extracting(Source::url).containsExactly("/privacidade", "/pauta");
    }

    @Test
    void whetherThePautaShowsAHearingsFormIsThePrivacyPagesLineWithThePautaFirst() {
        Answer answer = live(at(CHRISTMAS.minusDays(2), 10, 0))
            .answer("pauta mostra se audiencia é presencial ou video?")
            .orElseThrow();

        assertThat(answer.text()).startsWith("Pauta de audiências: mostra número do processo");
        assertThat(answer.sources()).extracting(Source::url).containsExactly("/pauta", "/privacidade");
    }

    @Test
    void aJudgesNameOrOnesOwnHearingOnThePautaIsNotTheQuestionOfNames() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 10, 0));

        assertThat(live.answer("qual o nome do juiz que faz as audiências da pauta?")).isEmpty();
        assertThat(live.answer("como acho minha audiência na pauta?").map(Answer::sources).orElse(List.of()))
            .extracting(Source::url)
            .doesNotContain("/privacidade");
    }

    @Test
    void theTimeOnThePautaIsBrasiliasAndOnesOwnHearingIsFoundThereByTheCaseNumber() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 10, 0));

        Answer time = live.answer("moro em Lisboa, a hora da audiência que tá na pauta é horário de Brasília?")
            .orElseThrow();
        Answer own = live
            .answer("onde vejo a lista das audiências marcadas? quero saber se a do meu processo já está lá")
            .orElseThrow();

        assertThat(time.text()).startsWith("Os horários da pauta de audiências são os de Brasília.");
        assertThat(time.sources()).extracting(Source::url).containsExactly("/pauta");
        assertThat(own.text()).startsWith("Para achar a sua audiência, pesquise na pauta pública da vara pelo número")
            .contains("A data também vem na intimação.");
        assertThat(own.sources()).extracting(Source::url).containsExactly("/pauta");
        // Where the list is, asked with a name: the pauta first.
        assertThat(live
            .answer("tem alguma lista das audiencias marcadas na vara? nao queria que aparecesse o nome da "
                    + "nossa ong la pra todo mundo ver")
            .orElseThrow()
            .sources()).extracting(Source::url).containsExactly("/pauta", "/privacidade");
        // The room of one's hearing in person is on the pauta too.
        assertThat(live.answer("como eu sei em qual sala vai ser minha audiencia presencial quando chegar no forum")
            .orElseThrow()
            .text()).startsWith("Para achar a sua audiência").contains("a sala das presenciais");
        assertThat(live.answer("minha audiencia é quinta agora, da pra ver pelo site em qual sala vai ser?")
            .orElseThrow()
            .text()).startsWith("Para achar a sua audiência");
        assertThat(live.answer("como eu descubro se minha audiencia e na sala de conciliacao ou na sala do juiz?")
            .orElseThrow()
            .text()).startsWith("Para achar a sua audiência").contains("a sala das presenciais");
        // Whether one's hearing still stands is the pauta's too.
        assertThat(live.answer("como eu vejo pela internet se a audiencia do meu processo continua marcada?")
            .orElseThrow()
            .sources()).extracting(Source::url).containsExactly("/pauta");
        // A hearing cancelled or virtual is the FAQ's.
        for (String question : List.of("minha audiência sumiu da pauta, foi cancelada?",
                "minha audiência tá na pauta como virtual, onde pego o link?",
                "a audiência da minha irmã aparece na pauta sem número, por quê?",
                // reading the site is the accessibility page's, whatever page the story
                // names
                "O advogado mandou acompanhar a data da audiência pela pauta. Minha mãe enxerga pouco, tem como "
                        + "aumentar a letra ou mudar as cores do site?")) {
            assertThat(live.answer(question).map(Answer::text).orElse("")).as(question)
                .doesNotStartWith("Para achar a sua audiência")
                .doesNotStartWith("Os horários da pauta");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "na pauta diz q minha audiencia é virtual videoconferencia mas ninguem me mandou linque, onde eu pego?",
            "na pauta o tipo da minha audiencia ta como instrucao e julgamento, o que e essa tal de instrucao?",
            "a letra da pauta no meu celular é muito pequena, tem como aumenta ou por mais contraste?",
            "procurei minha audiencia de pensão alimenticia nessa pauta e nada, nao é ai nao?",
            "procurava a pauta de audiencias do trt da 17 regiao, minha audiencia trabalhista e semana que vem, onde "
                    + "vejo o horario dela?" })
    void aQuestionAboutWhatOneSeesOnThePautaIsNotAnsweredWithThePauta(String question) {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 10, 0));

        assertThat(live.answer(question).map((answer) -> answer.sources().getFirst().url()).orElse("")).as(question)
            .isNotEqualTo("/pauta");
    }

    @Test
    void howToReadTheSiteIsAskedWhateverStoryGoesBeforeIt() {
        assertThat(LiveAnswers.asksHowToReadTheSite("Sou aposentado e uso óculos de grau forte, no app do banco a "
                + "letra é miudinha. Tem algum jeito de deixar as letras maiores aqui?"))
            .isTrue();
        assertThat(LiveAnswers.asksHowToReadTheSite("meus óculos quebraram, onde conserto perto do fórum?")).isFalse();
        // an exam "com contraste" is not the site's colours
        assertThat(LiveAnswers.asksHowToReadTheSite("fiz uma ressonância com contraste e o plano não quer pagar"))
            .isFalse();
    }

    @Test
    void aRequestAboutOnesPersonalDataIsTheEncarregadosContact() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 10, 0));

        Answer answer = live.answer("quero pedir pra apagar meus dados pela LGPD, com quem eu falo?").orElseThrow();

        assertThat(answer.text()).contains("encarregado pelo tratamento de dados pessoais")
            .contains("encarregado@exemplo.jus.br");
        assertThat(answer.sources()).extracting(Source::url).containsExactly("/privacidade");
        assertThat(live.answer("a LGPD vale pra empresa que vazou meus dados? posso processar?")
            .map(Answer::text)
            .orElse("")).doesNotContain("encarregado");
        // One's boss at work is another encarregado.
        assertThat(live
            .answer("na audiencia online tenho q entrar qnto tempo antes? pq preciso pedir pro encarregado "
                    + "me liberar")
            .map(Answer::text)
            .orElse("")).doesNotContain("encarregado");
    }

    @Test
    void whetherADeadlineCountsWeekendsIsTheFaqEntryOnCountingDeadlines() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 10, 0));

        Answer answer = live.answer(
                "recebi a intimação numa sexta com prazo de 15 dias, esses 15 dias contam sábado e domingo ou só dia útil?")
            .orElseThrow();

        assertThat(answer.text()).startsWith("Prazos em dias contam só dias úteis");
        assertThat(answer.sources()).extracting(Source::url).containsExactly("/perguntas-frequentes#como-contar-prazo");
        assertThat(live
            .answer("Gostaria de saber se, na contagem do prazo de quinze dias para a contestação, são "
                    + "computados os sábados, domingos e feriados, considerando que trabalho em regime de plantão.")
            .map(Answer::text)
            .orElse("")).startsWith("Prazos em dias contam só dias úteis");
        // The year-end recess, or the weekend without a deadline, is another question.
        assertThat(live.answer("o prazo conta durante o recesso de fim de ano?").map(Answer::text).orElse(""))
            .doesNotStartWith("Prazos em dias");
        assertThat(live.answer("vocês atendem no sábado e no domingo?").map(Answer::text).orElse(""))
            .doesNotStartWith("Prazos em dias");
    }

    @Test
    void beingSentAwayWithoutOnesSeveranceIsTheLabourCourts() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        Answer answer = live
            .answer("fui mandado embora e não me pagaram o acerto, o sindicato mandou vir no fórum, é com vcs mesmo?")
            .orElseThrow();

        assertThat(answer.text()).contains("Justiça do Trabalho");
        assertThat(answer.sources()).extracting(Source::url).contains("/a-vara");
    }

    @Test
    void aSubjectOfAnotherCourtInAStoryAboutSomethingElseIsNotACompetenceQuestion() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("Meu patrão não me libera. O que acontece se eu faltar à audiência?")).isEmpty();
        // One's own case said to be here: the job or the invasion around it is not the
        // question.
        assertThat(live.answer("trabalho de carteira assinada e meu patrão não me libera no dia da audiência de "
                + "conciliação do meu processo aí na vara. o que acontece se eu não for?"))
            .isEmpty();
        assertThat(live.answer("tenho meu processo contra a loja aí na vara e meu patrão não me libera no dia da "
                + "audiência. o que acontece se eu faltar?"))
            .isEmpty();
        assertThat(live.answer("Quais dados pessoais o site guarda?")).isEmpty();
        // Another court as the comparison: how it is done here is the question.
        assertThat(live.answer("no juizado n paga custas ne? e aqui na vara civel paga qto pra entrar c/ acao?"))
            .isEmpty();
        assertThat(live.answer("no juizado eu fui na audiencia de conciliação sozinho, sem advogado. aqui na vara "
                + "civel pode ir sozinho tbm ou precisa de advogado?"))
            .isEmpty();
        assertThat(live.answer("Eu nem sei se meu processo é dessa vara ou do juizado, nunca recebi nada. A vara de "
                + "vocês faz esse tipo de cobrança por telefone?"))
            .isEmpty();
        // A case sent here from the Juizado, or a hearing scheduled here after one there.
        assertThat(live.answer("Meu processo saiu do Juizado e veio parar aí na vara cível. Onde é que eu acompanho o "
                + "andamento dele agora?"))
            .isEmpty();
        assertThat(live
            .answer("marcaram conciliacao de novo aqui msm eu ja tendo tentado acordo no juizado, se eu n "
                    + "for oq acontece?")
            .map(Answer::sources)
            .orElse(List.of())).extracting(Source::url).doesNotContain("/a-vara");
        // Another town's court the citizen has been to is no subject asked of this one.
        assertThat(live
            .answer("no juizado de BH eu mandava os documento pelo zap da secretaria, ai posso mandar o "
                    + "comprovante pelo whatsap de voces tambem?")
            .map(Answer::sources)
            .orElse(List.of())).extracting(Source::url).doesNotContain("/a-vara");
        assertThat(
                live.answer("no juizado do rio eu faltei na conciliasao e so arquivaram, se eu faltar aqui acontesse "
                        + "a mesma coisa?"))
            .isEmpty();
        assertThat(live.answer("causa pequena de juizado especial é aqui?").orElseThrow().text())
            .contains("Juizado Especial");
        // "esse juízo 100% digital" is a way of working, not this court named.
        assertThat(live.answer("meu patrão pediu p eu ver o q é esse juízo 100% digital q apareceu no processo da "
                + "empresa, oq significa?"))
            .isEmpty();
    }

    @Test
    void theMostSpecificSubjectNamedDecidesWhichCourtItIs() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("Recebo pensão por morte do INSS e cortaram o valor. Posso entrar com ação nesta vara?")
            .orElseThrow()
            .text()).contains("Justiça Federal").doesNotContain("Vara de Família");
        assertThat(live.answer("pensão do meu filho é nessa vara?").orElseThrow().text()).contains("Vara de Família");
    }

    @Test
    void aStoryThatTellsOfAPhoneOrOfSomeoneNotAnsweringAsksNeitherTheContactsNorTheHours() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("O inquilino da minha avó, que tem 88 anos, não paga faz seis meses e agora nem atende "
                + "mais o telefone. Ela consegue tirar ele de lá?"))
            .isEmpty();
        assertThat(live.answer("Ligaram pra minha avó, que tem 86 anos, pedindo um pix pra liberar um dinheiro de "
                + "processo. O fórum faz esse tipo de cobrança por telefone?"))
            .isEmpty();
        assertThat(live
            .answer("me ligaram agora de um numero de whatsapp com a foto do forum dizendo q eram da vara e q "
                    + "pra liberar o dinheiro eu tinha q pagar uma taxa de 800 reais no pix, isso e verdade? a vara cobra isso?"))
            .isEmpty();
        // Nor the day named beside a payment doubted: the scam notice's question.
        assertThat(live.answer("mandaram zap dizendo q é da vara e q se eu fizer um pix hoje antes do feriado eles "
                + "liberam meu dinheiro, isso é verdade??"))
            .isEmpty();
        assertThat(
                live.answer("sou aposentada e meu celular e daqueles simples so de ligar, chegou uma carta dizendo q "
                        + "minha audiencia vai ser virtual, posso ir no forum e fazer de la? preciso avisar antes?"))
            .isEmpty();
        // A link that no longer opens is not whether the unit is open.
        assertThat(live
            .answer("guardei o link do balcao virtual que a secretaria me passou faz uns meses e agora "
                    + "nao abre mais, mudou?")
            .map(Answer::text)
            .orElse("")).doesNotStartWith("Agora");
        // One's own address changing, and the judge to call, are not the unit's contacts.
        assertThat(live.answer("Mudo de endereço com frequência. Existe modalidade de processo em que as comunicações "
                + "chegam por e-mail e celular, e não por carta?"))
            .isEmpty();
        assertThat(live.answer("posso ligar direto pro juiz e explicar q eu nunca recebi a carta da audiência?"))
            .isEmpty();
        assertThat(live.answer("no juizo 100% digital sou obrigado a passar meu email e cel? n gosto de espalhar meu "
                + "contato por ai"))
            .isEmpty();
        assertThat(live.answer("no juizo 100 digital as comunicacoes do processo chegam no email da empresa? precisa "
                + "informar algum contato"))
            .isEmpty();
        // A contact that changed is the notice's: "vocês mudaram o endereço do link?".
        assertThat(live.answer("o link do balcão virtual que eu tinha salvo não abre mais, vocês mudaram o endereço?"))
            .isEmpty();
        assertThat(live.answer("o linque do balcao virtual que eu tinha guardado nao abre mais, trocarão o endereço?"))
            .isEmpty();
        // The unit called and not reached: the question after it is the message's.
        assertThat(live.answer("RECEBI UMA INTIMAÇÃO DE UM MUTIRÃO!!! tentei ligar pra secretaria três vezes e ninguém "
                + "atende, alguém me explica que mutirão é esse?"))
            .isEmpty();
        assertThat(live.answer("No Juízo 100% Digital, quais dados de contato preciso informar para receber as "
                + "comunicações do processo?"))
            .isEmpty();
        // Asked for, the contact is still given, and the hours too.
        assertThat(live.answer("liguei pra secretaria e ninguém atende, tem outro telefone ou whatsapp?")).isPresent();
        assertThat(live.answer("minha avó tem 86 anos, qual o telefone da vara?")).isPresent();
        assertThat(live.answer("a vara atende agora?")).isPresent();
    }

    @Test
    void aSubjectThisCourtJudgesIsNotSentElsewhereForAWordOfTheStory() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer(
                "O aluguel é minha aposentadoria e o inquilino não paga. Ação de despejo é julgada " + "nessa vara?"))
            .isEmpty();
        assertThat(live.answer("Apareceu um empréstimo consignado na minha aposentadoria que eu nunca pedi. Processo "
                + "contra banco é nessa vara?"))
            .isEmpty();
    }

    @Test
    void contactsAreGivenPerChannelAndOnlyTheOneAskedForWhenNamed() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("qual o telefone?").orElseThrow().text())
            .isEqualTo("Telefone da secretaria: (27) 3000-1234.");
        assertThat(live.answer("telefone da 2ª vara cível de Cariacica?").orElseThrow().text())
            .isEqualTo("Telefone da secretaria: (27) 3000-1234.");
        assertThat(live.answer("Quais os contatos da vara?").orElseThrow().text()).contains(
                "Balcão presencial: Rua Exemplo, 100.", "Telefone da secretaria: (27) 3000-1234.",
                "E-mail da secretaria: vara@exemplo.jus.br.");
        // Asked of the unit, "um telefone" is the unit's; one's own contact given is not.
        assertThat(live.answer("pode me passar um telefone da vara?").orElseThrow().text())
            .contains("Telefone da secretaria: (27) 3000-1234.");
        assertThat(live.answer("qual o telefone da defensoria?")).isEmpty();
        // Served at once ("na hora"), and a business "aberta": not whether the unit is
        // open now.
        assertThat(live.answer("pra falar no balcao virtual tem que agendar e esperar dias ou eles atendem na hora"))
            .isEmpty();
        assertThat(live.answer("Eu faço frete com uma kombi, sem firma aberta nem nada, e marcaram uma audiência. Se "
                + "eu não aparecer nessa audiência acontece alguma coisa comigo?"))
            .isEmpty();
        // Another office's morning, misspelt: not the unit's hours.
        assertThat(live
            .answer("vou na defenssoria amanha de manhan, que documento q eu tenho q levar pra eles me " + "atende?"))
            .isEmpty();
        assertThat(live.answer("Posso mandar documentos pelo WhatsApp?")).isEmpty();
        assertThat(live.answer("A vara cobra valores por telefone ou WhatsApp?")).isEmpty();
        // Sending something by a channel, even asked with "tem": the entry on documents
        // by WhatsApp answers it.
        assertThat(live
            .answer("posso mandar as foto dos recibo pelo zap de vcs pra colocar no processo? ou tem q levar ai"))
            .isEmpty();
        assertThat(live.answer("tem como enviar a procuração por email de vocês?")).isEmpty();
        assertThat(live.answer("tem whatsapp?")).isPresent();
        // As it is written by ear.
        assertThat(live.answer("vcs tem uatsap? qual o numero pra mandar msg").orElseThrow().sources())
            .extracting(Source::url)
            .contains("/atendimento");
    }

    @Test
    void whatOpensIsTheUnitUnlessTheQuestionNamesSomethingElse() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("Quando abre a matrícula das escolas municipais de Cariacica?")).isEmpty();
        assertThat(live.answer("que horas fecha o banco hoje?")).isEmpty();
        assertThat(live.answer("que horas abre o fórum hoje?")).isPresent();
        assertThat(live.answer("quando abre a vara?")).isPresent();
        assertThat(live.answer("a que horas abre?")).isPresent();
        assertThat(live.answer("vcs abrem q hrs? da pra ir hj dps da facul?")).isPresent();
        assertThat(live
            .answer("Trabalho de entregador e tiro uns 1.800 reais no mês, quando a moto funciona. Quem "
                    + "pode ter a justiça de graça?")
            .map(Answer::text)
            .orElse("")).doesNotStartWith("Agora");
        assertThat(live.answer("e agora eu vou ter que sentar na mesa com ele? Como é que funciona isso aí?")
            .map(Answer::text)
            .orElse("")).doesNotStartWith("Agora");
        assertThat(live.answer("quando a vara funciona?")).isPresent();
        assertThat(live.answer("o fórum ainda funciona essa hora?")).isPresent();
        assertThat(live.answer("a justiça abre amanhã?")).isPresent();
        assertThat(live.answer("tem farmácia funcionando agora perto do terminal?")).isEmpty();
        assertThat(live.answer("estou no hospital, o fórum está funcionando agora?")).isPresent();
        // An urgent request asks where to take it, not whether the unit is open.
        assertThat(live.answer("sei que a vara só abre em dia de semana. Pra quem levo um pedido urgente hoje?"))
            .isEmpty();
    }

    @Test
    void aContactOfSomeoneElseIsNotTheUnitsContact() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live
            .answer("Minha mãe vai ter audiência por vídeo. Ela só usa o celular pra ligar e ouvir áudio. O "
                    + "que ela tem que fazer no dia pra entrar?")
            .map(Answer::text)
            .orElse("")).doesNotContain("Telefone da secretaria");

        assertThat(live.answer("qual o telefone da SUSEP?")).isEmpty();
        assertThat(live.answer("qual o telefone do hospital?")).isEmpty();
        assertThat(live.answer("Recebi uma mensagem no WhatsApp de um número dizendo que é da vara. Isso é golpe?"))
            .isEmpty();
        assertThat(live.answer("qual o telefone do cartório?").orElseThrow().text())
            .isEqualTo("Telefone da secretaria: (27) 3000-1234.");
        assertThat(live.answer("qual o email de vocês?").orElseThrow().text())
            .isEqualTo("E-mail da secretaria: vara@exemplo.jus.br.");
        // Free legal help: the Defensoria's number, which search gives with its entry.
        assertThat(live
            .answer("nao tenho dinheiro pra pagar adevogado, tem alguem que ajuda de graça? qual o numero pra ligar"))
            .isEmpty();
        assertThat(live.answer("meu adv sumiu, nao responde o zap faz 2 meses, tem como eu mesmo ver meu processo?"))
            .isEmpty();
        // A closed house is not the unit closed; a complaint is the Ouvidoria's.
        assertThat(live.answer("agente de endemias pode entrar num imóvel fechado sem autorização do dono?")).isEmpty();
        assertThat(
                live.answer("fui destratada pela moça que atendeu o telefone do cartório, onde registro uma queixa?"))
            .isEmpty();
        // "Como funciona" asks how something works, "na hora que" tells when it happened.
        assertThat(live.answer("na hora que o vaso caiu o porteiro viu tudo, ele pode ir no dia da audiência? "
                + "como funciona isso?"))
            .isEmpty();
    }

    @Test
    void aCallTheCitizenWantsToAvoidIsNotAskedFor() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer("Dá para ver a data da minha audiência pela internet, sem precisar ligar?")).isEmpty();
        assertThat(live.answer("preciso ligar pra vara, qual o número?")).isPresent();
    }

    @Test
    void theHearingsOfADayOrAWeekAreCountedOnThePautaAndLinkedToThoseDays() {
        OneUnit unit = new OneUnit();
        // Wednesday, 23/12/2026.
        LiveAnswers live = new LiveAnswers(unit, at(CHRISTMAS.minusDays(2), 10, 0), KnowledgeBaseTests.messages());

        Answer tomorrow = live.answer("pauta de audiencias de amanhã").orElseThrow();
        Answer week = live.answer("quais as audiências da semana?").orElseThrow();
        Answer nextWeek = live.answer("pauta da semana que vem").orElseThrow();

        assertThat(tomorrow.text()).startsWith("A pauta pública da vara não tem audiências amanhã (24/12/2026).");
        assertThat(tomorrow.sources()).extracting(Source::url).containsExactly("/pauta?de=2026-12-24&ate=2026-12-24");
        assertThat(week.sources()).extracting(Source::url).containsExactly("/pauta?de=2026-12-23&ate=2026-12-27");
        assertThat(nextWeek.sources()).extracting(Source::url).containsExactly("/pauta?de=2026-12-28&ate=2027-01-03");
        assertThat(unit.asked).extracting(HearingFilter::caseNumber).containsOnlyNulls();
        // On a Sunday the week asked about is the one that begins the next day.
        Answer onSunday = live(at(CHRISTMAS.plusDays(2), 10, 0)).answer("pauta de audiencias da semana").orElseThrow();
        assertThat(onSunday.sources()).extracting(Source::url).containsExactly("/pauta?de=2026-12-28&ate=2027-01-03");
    }

    @Test
    void theListOfHearingsComingIsTheNextSevenDaysOfThePauta() {
        OneUnit unit = new OneUnit();
        LiveAnswers live = new LiveAnswers(unit, at(CHRISTMAS.minusDays(2), 10, 0), KnowledgeBaseTests.messages());

        Answer coming = live.answer("Onde eu vejo a lista das audiências marcadas na vara para os próximos dias?")
            .orElseThrow();

        assertThat(coming.text()).startsWith("A pauta pública da vara não tem audiências de 23/12/2026 a 29/12/2026.");
        assertThat(coming.sources()).extracting(Source::url).containsExactly("/pauta?de=2026-12-23&ate=2026-12-29");
    }

    @Test
    void howToCheckACaseNumberIsThePageThatChecksIt() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        Answer check = live
            .answer("Chegou um ofício com um número de processo. Como confiro se esse número é válido e se "
                    + "é mesmo do Tribunal de Justiça do ES?")
            .orElseThrow();

        assertThat(check.text()).startsWith("Na página Consulta processual você digita o número do processo");
        assertThat(check.sources()).extracting(Source::url).containsExactly("/consulta-processual");
        assertThat(live.answer("meu número de telefone está correto no processo?").map(Answer::text).orElse(""))
            .doesNotContain("Consulta processual");
        assertThat(live.answer("qual o número certo da vara?").map(Answer::text).orElse(""))
            .doesNotContain("Consulta processual");
        // The right number that finds nothing is a sealed case's question, not the check.
        assertThat(live.answer("por que não consigo encontrar meu processo digitando o número correto?")
            .map(Answer::text)
            .orElse("")).doesNotContain("Consulta processual");
    }

    // The number written down, or abbreviated, checked without typing it; a card named in
    // the story is not the number asked about.
    @ParameterizedTest
    @ValueSource(strings = {
            "copiei o número do processo do papel e acho que troquei um dígito, dá pra conferir se tá certo?",
            "quero verificar se o nº do proc que me deram tá certo",
            "anotei o numero do processo e acho que errei, tem como comferir se ta serto?",
            "um doutor disse que ganhei indenização num processo contra a operadora de cartão e mandou o número; "
                    + "tem como conferir se esse número de processo é válido?",
            "me deram o nº do proc, como eu confiro?",
            "tem como eu ver se o nmr do processo q ta na carta ta certo msm? digitei e deu erro",
            "dá pra checar se o num do processo que o advogado passou tá certo?",
            "escrevi o número do prosseso no caderno e acho que troquei um, tem como conferir se tá serto?",
            "queria conferir se os dígitos verificadores do número do processo batem",
            "como confiro se o nº do proc q o adv me passou tá certo?",
            "o número do meu processo tem 20 números, como sei se anotei certo?",
            "meu proc. antigo de SP tinha 8.26 no nº, o daqui tem 8.08. como confiro se o nº ta certo?",
            "tenho o numero do processo da execucao da promissoria anotado num papel mas acho q anotei errado, tem "
                    + "algum jeito de conferir se ta certo?",
            "Recebi um número de processo que parece ter algum algarismo trocado. Há ferramenta no site para "
                    + "verificar se a numeração está correta?",
            "tem um número gigante no papel que chegou pro meu vô, tipo 20 números com ponto e traço. tem como eu ver "
                    + "aqui se esse número tá certo?",
            "Meu cunhado falou que o número do processo tem uns dígitos que mostram se ele tá certo ou errado. Dá pra "
                    + "eu conferir isso aqui no site?",
            "Gostaria de verificar se o número do processo que me informaram por telefone está correto. "
                    + "É possível conferir pelo site?",
            "coloquei o número do meu processo no site e deu inválido, mas copiei certinho da intimação, como eu confiro se tá certo?",
            "tenho o nº do processo anotado num papel mas n sei se ta certo, tem como conferir aqui no site se é do "
                    + "tjes msm?",
            "anotei o numero do prosseso num papelzinho mas acho q errei algum numero, tem como eu comferir no site se "
                    + "ta serto?",
            "coloquei o numero do processo pra ver a audiencia e deu q o numero ta errado, onde eu confiro se digitei "
                    + "certinho?",
            "me mandaram um número de processo por mensagem, quero ver se é de verdade antes de fazer qualquer coisa, "
                    + "onde eu confiro isso?",
            "sou estagiario novo e me passaram um numero de prosseso pra eu conferir, tem como eu ve no site se o "
                    + "numero ta certo e se é do tjes msm?",
            "vc confere se o nº do meu proc ta certo? tb qro saber se tem aud marcada nele",
            "me mandaram o nº de um processo no grupo, tem como eu ver se o nº ta certo e se é msm da justiça do ES?",
            "tenho o nº do proc. antigo, ja arquivado, mas acho q anotei errado. tem como conferir no site se o nº ta "
                    + "certo?",
            "tem algum lugar no site q eu digito o nº do processo e aparece as audiencias dele? e se o nº ta certo tb "
                    + "pq acho q anotei errado",
            "meu numero de procesos tem um .5.17. no meio, sera q é desse tribunal ai? como confiro isso" })
    void aCaseNumberWrittenDownOrAbbreviatedIsCheckedOnItsPage(String question) {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        assertThat(live.answer(question).orElseThrow().sources()).extracting(Source::url)
            .containsExactly("/consulta-processual");
    }

    @Test
    void whatATermMeansIsTheDefinitionTheGuidesGiveWithTheGuide() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        Answer citation = live.answer("oq é citação").orElseThrow();
        Answer sentence = live.answer("Sentença, o que significa?").orElseThrow();
        Answer certificate = live.answer("o que quer dizer certidão de distribuição?").orElseThrow();
        Answer cited = live.answer("o oficial veio aqui e falou q eu fui citado. citação quer dizer o que exatamente?")
            .orElseThrow();

        assertThat(citation.text()).startsWith("Citação: o réu é chamado ao processo.");
        assertThat(citation.sources()).extracting(Source::url).containsExactly("/servicos/acompanhar-processo");
        assertThat(sentence.text()).startsWith("Sentença: a decisão do juiz, contra a qual cabe recurso.");
        assertThat(certificate.text()).startsWith("Certidão de distribuição (negativa ou positiva): diz se há");
        assertThat(cited.text()).startsWith("Citação: o réu é chamado ao processo.");
        assertThat(live.answer("o que é essa tal citação?").orElseThrow().text()).startsWith("Citação:");
        assertThat(live.answer("oi moça! citação é oq mesmo?").orElseThrow().text()).startsWith("Citação:");
        // A term of five words, asked whole.
        assertThat(live.answer("o que é audiência de conciliação ou mediação?").orElseThrow().text())
            .startsWith("Audiência de conciliação ou mediação: as partes tentam um acordo.");
        // The term first, a story after it.
        assertThat(live.answer("oq é citasão? o oficial de justiça foi na minha casa antiga me procura pra isso")
            .orElseThrow()
            .text()).startsWith("Citação:");
        // Misspelt by a letter, and pointed back at with "isso" before more questions.
        assertThat(live.answer("o que é sentensa?").orElseThrow().text()).startsWith("Sentença:");
        assertThat(live.answer("to lendo o guia e aparece citasão, oq é isso? é coisa ruim?").orElseThrow().text())
            .startsWith("Citação: o réu é chamado ao processo.");
        // A term the guides do not define, or no question of meaning, is left to search.
        assertThat(live.answer("o que é citado?")).isEmpty();
        assertThat(live.answer("no sistema tá escrito concluso pra sentença, oq significa isso")).isEmpty();
        assertThat(live.answer("o que é concluso para sentença?")).isEmpty();
        assertThat(live.answer("vi no pje 'concluso p/ sentença', oq significa isso?")).isEmpty();
        assertThat(live.answer("citação")).isEmpty();
    }

    @Test
    void aCitizensOwnHearingAndTheNamesOnThePautaAreNotCounted() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        // One's own hearing is found on the pauta by its number, not counted with the
        // day's.
        assertThat(live.answer("minha audiência é amanhã, como vejo a pauta?").orElseThrow().text())
            .startsWith("Para achar a sua audiência")
            .doesNotContain("A pauta pública da vara tem");
        // The names are the privacy page's answer, not a count of the day's hearings.
        Answer names = live.answer("a pauta de hoje mostra o nome das partes?").orElseThrow();
        assertThat(names.text()).contains("nunca o nome das partes").doesNotContain("A pauta pública da vara");
        assertThat(names.sources()).extracting(Source::url).containsExactly("/privacidade", "/pauta");
        // Asked where to see the list as well, the list comes first.
        assertThat(live.answer("dá pra consultar pela internet a lista de audiências? aparece o nome das partes?")
            .orElseThrow()
            .sources()).extracting(Source::url).containsExactly("/pauta", "/privacidade");
        assertThat(live.answer("o que significa redesignada na pauta?")).isEmpty();
        assertThat(live.answer("dá pra ver as audiências marcadas pra semana e se cada uma é presencial ou por vídeo?")
            .orElseThrow()
            .text()).startsWith("A pauta pública da vara");
        // What a status on the list means is no count of the coming days either.
        assertThat(live
            .answer("na lista de audiências aparece redesignada no processo da nossa firma, isso quer dizer o quê?"))
            .isEmpty();
    }

    @Test
    void theAddressCitesTheUnitsPageWhereItIsPublishedFirstWhenItIsWhatWasAsked() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        Answer where = live.answer("qual o endereço do fórum?").orElseThrow();
        Answer contacts = live.answer("Quais os contatos da vara?").orElseThrow();
        Answer phone = live.answer("qual o telefone?").orElseThrow();

        assertThat(where.text()).contains("Rua Exemplo, 100");
        assertThat(where.sources()).extracting(Source::url).containsExactly("/a-vara", "/atendimento");
        assertThat(contacts.sources()).extracting(Source::url).containsExactly("/atendimento", "/a-vara");
        assertThat(phone.sources()).extracting(Source::url).containsExactly("/atendimento");
    }

    @Test
    void whereTheUnitIsAskedWithoutAContactWordIsItsAddressButAnotherForumIsNot() {
        LiveAnswers live = live(at(CHRISTMAS, 14, 0));

        Answer forum = live.answer("onde fica o fórum?").orElseThrow();
        Answer you = live.answer("vcs ficam onde? onde vocês ficam?").orElseThrow();

        assertThat(forum.text()).contains("Rua Exemplo, 100");
        assertThat(forum.sources()).extracting(Source::url).containsExactly("/a-vara", "/atendimento");
        assertThat(you.sources()).extracting(Source::url).first().isEqualTo("/a-vara");
        assertThat(live.answer("onde fica o fórum de vocês?").orElseThrow().sources()).extracting(Source::url)
            .first()
            .isEqualTo("/a-vara");
        assertThat(live.answer("onde fica o fórum de Vila Velha?")).isEmpty();
        assertThat(live.answer("onde fica a vara de família?")).isEmpty();
        assertThat(live.answer("onde fica guardado o processo?")).isEmpty();
        assertThat(live.answer("me passa o end. do fórum?").orElseThrow().sources()).extracting(Source::url)
            .first()
            .isEqualTo("/a-vara");
    }

    @Test
    void whenTheyAttendAskedInThePluralIsTheOpeningHours() {
        LiveAnswers live = live(at(CHRISTMAS.minusDays(2), 15, 30));

        Answer answer = live.answer("vcs atendem até que horas? só saio do serviço no fim da tarde").orElseThrow();

        assertThat(answer.text()).contains("aberto, até as 18h");
        assertThat(live.answer("os médicos do posto nem atendem mais, quando vou ser chamado?")).isEmpty();
        // How something works, asked with "como que": not the hours, whatever "hora" it
        // names.
        assertThat(live.answer("o balcão virtual como que funciona, tem que marcar hora?")).isEmpty();
        // Something else closed, linking words between: a load, a face.
        assertThat(live.answer(
                "a audiência é dia 14 mas a carga já tá fechada, não volto a tempo. o que acontece se " + "eu faltar?"))
            .isEmpty();
        assertThat(live.answer("quando chego em casa ela tá de cara fechada, o que eu faço?")).isEmpty();
        assertThat(live.answer("trabalho o dia todo e não posso ir no horário de expediente, dá pra tirar a certidão "
                + "pela internet?"))
            .isEmpty();
        assertThat(live.answer("o fórum já tá fechado agora?")).isPresent();
        assertThat(live
            .answer("a câmera do meu celular não funciona, como entro na audiência por vídeo quando for a " + "hora?"))
            .isEmpty();
    }

    private static Clock at(LocalDate date, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(date, LocalTime.of(hour, minute), CourtTime.ZONE).toInstant(),
                CourtTime.ZONE);
    }

    private static LiveAnswers live(Clock clock) {
        return new LiveAnswers(new OneUnit(), clock, KnowledgeBaseTests.messages());
    }

    /** The site's content reduced to one unit and an empty pauta. */
    static final class OneUnit implements SiteContent {

        private final List<HearingFilter> asked = new ArrayList<>();

        @Override
        public Unit unit() {
            List<Channel.Hours> hours = new ArrayList<>();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                hours.add(new Channel.Hours(day, LocalTime.of(12, 0), LocalTime.of(18, 0)));
            }
            String notHandled = "<p>Procure:</p><ul><li><strong>Juizado Especial Cível</strong>: causas de até 40 "
                    + "salários mínimos.</li><li><strong>Vara de Família</strong>: divórcio, pensão alimentícia, "
                    + "guarda.</li><li><strong>Vara da Fazenda Pública</strong>: ações contra o Estado e o "
                    + "Município.</li><li><strong>Justiça Federal</strong>: ações contra o INSS e a União.</li>"
                    + "<li><strong>Justiça do Trabalho</strong>: questões do emprego.</li></ul>";
            return new Unit("2ª Vara Cível de Cariacica", "<p>Causas cíveis.</p>", notHandled,
                    new Unit.Address("Rua Exemplo, 100", "Centro", "Cariacica", "ES", "29140-000"), null, "", "", "",
                    "<p>Defensoria: 129.</p>", "encarregado@exemplo.jus.br", "129", "https://www.defensoria.es.def.br/",
                    List.of(new Channel("balcao", Channel.Kind.BALCAO_PRESENCIAL, "Balcão presencial",
                            "Rua Exemplo, 100", null, "", hours),
                            new Channel("telefone", Channel.Kind.TELEFONE, "Telefone da secretaria", "(27) 3000-1234",
                                    "tel:+552730001234", "", hours),
                            new Channel("email", Channel.Kind.EMAIL, "E-mail da secretaria", "vara@exemplo.jus.br",
                                    "mailto:vara@exemplo.jus.br", "", List.of())),
                    List.of(new Closure(CHRISTMAS, CHRISTMAS, "Natal")), List.of());
        }

        @Override
        public List<Notice> publishedNotices() {
            return List.of();
        }

        @Override
        public List<ServiceGuide> serviceGuides() {
            return List.of(new ServiceGuide("acompanhar-processo", "Como acompanhar um processo", "",
                    "<p>As fases:</p><ul><li><strong>Citação</strong>: o réu é chamado ao processo.</li>"
                            + "<li><strong>Sentença</strong>: a decisão do juiz, contra a qual cabe "
                            + "<em>recurso</em>.</li><li><strong>Certidão de distribuição (negativa ou "
                            + "positiva)</strong>: diz se há processos em nome de uma pessoa.</li>"
                            + "<li><strong>Audiência de conciliação ou mediação</strong>: as partes tentam um "
                            + "acordo.</li></ul>",
                    "", Instant.EPOCH));
        }

        @Override
        public List<FaqCategory> faq() {
            return List.of(
                    new FaqCategory("prazos", "Prazos",
                            List.of(new FaqCategory.Entry("como-contar-prazo",
                                    "Como se conta um prazo no processo civil?", "",
                                    "Prazos em dias contam só dias úteis (Código de Processo Civil, art. 219), "
                                            + "excluindo o dia do começo e incluindo o do vencimento (art. 224)."))),
                    new FaqCategory("audiencias", "Audiências",
                            List.of(new FaqCategory.Entry("como-saber-audiencia", "Como sei a data da minha audiência?",
                                    "", "A data vem na intimação e aparece na Pauta de audiências deste site."))));
        }

        @Override
        public Optional<Page> page(String slug) {
            return "privacidade".equals(slug) ? Optional.of(new Page(slug, "Privacidade e proteção de dados", "",
                    "Quais dados este site guarda. Navegação: o servidor registra o endereço IP. Assistente virtual: "
                            + "as perguntas enviadas ao assistente são guardadas para responder e melhorar o serviço. "
                            + "Pauta de audiências: mostra número do processo, classe, tipo, data e forma da audiência; "
                            + "nunca o nome das partes. Por quanto tempo. Os registros de acesso ficam guardados por seis meses. As conversas "
                            + "com o assistente ficam guardadas por até 90 dias e depois são apagadas. O cookie de "
                            + "contraste dura um ano.",
                    Instant.EPOCH)) : Optional.empty();
        }

        @Override
        public List<Hearing> hearings(HearingFilter filter) {
            this.asked.add(filter);
            return List.of();
        }

    }

}
