package br.jus.tjes.cariacica.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a citizen's message becomes the assistant's query: the words it weighs, and the
 * runs of two and three words a synonym may stand for.
 */
class AssistantQueryTests {

    @Test
    void runsOfTwoAndThreeWordsKeepGenericWordsAndOneLetterAbbreviations() {
        AssistantQuery query = AssistantQuery.of("pq meu processo n aparece? Onde arrumo advogado de graça");

        assertThat(query.phrases()).contains("n aparece", "advogado de graca", "de graca", "meu processo n");
        assertThat(query.words()).doesNotContain("n").contains("aparece", "advogado", "graca");
    }

    @Test
    void aRunNeverCrossesTheEndOfASentence() {
        AssistantQuery query = AssistantQuery.of("Fui ao fórum. Pela internet não deu.");

        assertThat(query.phrases()).contains("pela internet", "ao forum").doesNotContain("forum pela");
    }

    @Test
    void theStoryBeforeTheQuestionWeighsLessThanTheQuestion() {
        AssistantQuery query = AssistantQuery.of("Sou aposentado e moro longe. Não sei mexer em computador e não tenho "
                + "internet em casa. Marcaram minha audiência por videochamada. Como vou participar?");

        double internet = query.weights().get(query.words().indexOf("internet"));
        double participar = query.weights().get(query.words().indexOf("participar"));
        assertThat(internet).isLessThan(participar).isGreaterThan(0.5);
        assertThat(query.phraseWeights().get(query.phrases().indexOf("tenho internet"))).isEqualTo(internet);
    }

    @Test
    void theVerbToBeSaysNothingAboutWhatIsAsked() {
        // "ser" is in few documents and never in the entry asked about, so it only
        // lowered the share of the question's words the right entry has.
        AssistantQuery query = AssistantQuery.of("Quando vai ser minha audiência? Será virtual?");

        assertThat(query.words()).contains("audiencia", "virtual").doesNotContain("ser", "sera");
        assertThat(query.phrases()).contains("quando vai ser");
    }

    @Test
    void itIsPossibleIsAskedLikeCanI() {
        // "É possível…?" frames a question like "Posso…?": the frame is not what is
        // asked.
        AssistantQuery query = AssistantQuery.of("É possível protocolar petição pelo WhatsApp?");

        assertThat(query.words()).contains("protocolar", "peticao", "whatsapp").doesNotContain("possivel");
    }

    @Test
    void theCourtAddressedAndTheFormsOfTerAreTheQuestionsFrame() {
        // "vocês atendem…" and "tenho que…" frame a question like "posso…": "você" is in
        // the bodies of notices that talk to the reader, and "tenho" in the title "Não
        // tenho dinheiro para advogado".
        AssistantQuery query = AssistantQuery.of("Vcs atendem sábado? Tenho que pagar custas por mim mesmo?");

        assertThat(query.words()).contains("atendem", "sabado", "pagar", "custas")
            .doesNotContain("vcs", "tenho", "mim");
    }

    @Test
    void aCaseThatRunsInAVaraIsNotADeadlineThatRuns() {
        // A case "corre" in a vara (it is handled there); deadlines "correm" (they run).
        AssistantQuery query = AssistantQuery.of("Meu processo corre em segredo? Os prazos correm no recesso?");

        assertThat(query.words()).contains("segredo", "prazos", "correm").doesNotContain("corre");
    }

}
