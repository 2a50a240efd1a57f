package br.jus.tjes.cariacica.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legal-advice classifier on its labelled set ({@code assistant/legal-advice.csv}):
 * every advice request declined, no factual question declined.
 */
class LegalAdviceTests {

    private static final String LABELLED = "/assistant/legal-advice.csv";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = LABELLED, delimiter = '|', quoteCharacter = '\u0000')
    void eachLabelledSentenceIsClassifiedAsLabelled(String label, String sentence) {
        assertThat(LegalAdvice.isAdvice(sentence)).as(sentence).isEqualTo("advice".equals(label));
    }

    @Test
    void askingWhetherTheLawRequiresALawyerIsToldFromAskingWhatToDo() {
        assertThat(LegalAdvice.asksIfLawyerRequired("Pra um valor desses eu sou obrigado a contratar advogado?"))
            .isTrue();
        assertThat(LegalAdvice.asksIfLawyerRequired("é obrigatório ter advogado no juizado?")).isTrue();
        assertThat(LegalAdvice.asksIfLawyerRequired("tenho que ter um advogado pra audiência?")).isTrue();
        assertThat(LegalAdvice.asksIfLawyerRequired("meu advogado sumiu, vale a pena trocar?")).isFalse();
        assertThat(LegalAdvice.asksIfLawyerRequired("devo aceitar o acordo que o advogado da loja ofereceu?"))
            .isFalse();
    }

    @Test
    void askingHowToFileOnesPapersIsToldFromAskingWhetherToFileThem() {
        assertThat(LegalAdvice.asksHowToFilePapers(
                "Tenho as notas fiscais e as fotos do serviço, como é que eu coloco esses documentos no processo?"))
            .isTrue();
        assertThat(LegalAdvice.asksHowToFilePapers("como junto o comprovante no processo?")).isTrue();
        assertThat(LegalAdvice
            .asksHowToFilePapers("Tirei fotos do mofo e guardei os áudios do proprietário. Como que eu faço"
                    + " pra essas fotos entrarem no processo?"))
            .isTrue();
        assertThat(LegalAdvice.asksHowToFilePapers(
                "Ela quer muito que o juiz veja esses recibos. Como ela faz para entregar esses papéis no processo?"))
            .isTrue();
        assertThat(LegalAdvice.asksHowToFilePapers("devo juntar as fotos ou é melhor guardar?")).isFalse();
    }

    @Test
    void askingWhomToBringAsAWitnessIsProcedure() {
        assertThat(LegalAdvice.asksWhomToBringAsAWitness(
                "no meu rolê contra a loja de celular eu posso chamar meus parças de testemunha? eles viram tudo lá"))
            .isTrue();
        assertThat(LegalAdvice.asksWhomToBringAsAWitness("posso levar minha vizinha como testemunha?")).isTrue();
        assertThat(LegalAdvice.asksWhomToBringAsAWitness("minha testemunha mentiu, devo processar ela?")).isFalse();
    }

    @Test
    void theLabelledSetHasAtLeastSixtySentencesOfBothKinds() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream(LABELLED)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter((line) -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(60);
        assertThat(lines).filteredOn((line) -> line.startsWith("advice|")).hasSizeGreaterThanOrEqualTo(30);
        assertThat(lines).filteredOn((line) -> line.startsWith("factual|")).hasSizeGreaterThanOrEqualTo(30);
    }

}
