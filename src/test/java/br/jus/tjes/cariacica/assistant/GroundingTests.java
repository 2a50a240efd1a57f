package br.jus.tjes.cariacica.assistant;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model reply is shown only when its numbers, e-mails and links are in what it cites.
 */
class GroundingTests {

    private static final List<Passage> CONTACTS = List.of(new Passage("F3", "Contatos da vara", "/atendimento",
            "Telefone da secretaria: (27) 3000-1234. E-mail da secretaria: vara2civel.cariacica@tjes.exemplo.jus.br. "
                    + "Balcão Virtual: https://balcaovirtual.exemplo.jus.br/2vara-civel-cariacica. Segunda a sexta, "
                    + "12h às 18h."));

    @Test
    void aReplyRepeatingThePassagesNumbersEmailsAndLinksIsGrounded() {
        assertThat(Grounding.grounded("Ligue para (27) 3000-1234, das 12:00 às 18h, ou escreva para "
                + "vara2civel.cariacica@tjes.exemplo.jus.br. Balcão Virtual: "
                + "https://balcaovirtual.exemplo.jus.br/2vara-civel-cariacica. Veja /atendimento. A 2ª Vara atende.",
                CONTACTS))
            .isTrue();
    }

    @Test
    void aReplyWithoutNumbersIsGroundedEvenInAnUnrelatedPassage() {
        assertThat(Grounding.grounded("Fale com a secretaria pelos canais indicados.", CONTACTS)).isTrue();
    }

    @Test
    void aPhoneNumberNoPassageHoldsIsNotGrounded() {
        assertThat(Grounding.grounded("Ligue para (27) 3000-9999.", CONTACTS)).isFalse();
    }

    @Test
    void aDeadlineOrAMoneyAmountNoPassageHoldsIsNotGrounded() {
        assertThat(Grounding.grounded("O prazo é de 15 dias.", CONTACTS)).isFalse();
        assertThat(Grounding.grounded("Custa R$ 480,00.", CONTACTS)).isFalse();
        assertThat(Grounding.grounded("Conforme o art. 335 do CPC.", CONTACTS)).isFalse();
        assertThat(Grounding.grounded("A audiência é em 20/12/2026.", CONTACTS)).isFalse();
    }

    @Test
    void anEmailOrLinkNoPassageHoldsIsNotGrounded() {
        assertThat(Grounding.grounded("Escreva para atendimento@tjes.jus.br.", CONTACTS)).isFalse();
        assertThat(Grounding.grounded("Acesse https://golpe.example/pagar.", CONTACTS)).isFalse();
        assertThat(Grounding.grounded("Veja /servicos/certidao.", CONTACTS)).isFalse();
    }

    @Test
    void aNumberWrittenWithLeadingZerosOrOtherSeparatorsIsTheSameNumber() {
        assertThat(Grounding.grounded("Atendimento das 012h às 18:00; telefone 27 3000.1234.", CONTACTS)).isTrue();
        assertThat(Grounding.grounded("Atendimento das 12h às 19:00.", CONTACTS)).isFalse();
        assertThat(Grounding.grounded("Às 18:05.", CONTACTS)).isFalse();
    }

    @Test
    void aLinkIsComparedWithoutItsSchemeTrailingSlashOrTrailingPunctuation() {
        assertThat(Grounding.grounded("Acesse http://balcaovirtual.exemplo.jus.br/2vara-civel-cariacica/).", CONTACTS))
            .isTrue();
        assertThat(Grounding.grounded("Acesse www.balcaovirtual.exemplo.jus.br/2vara-civel-cariacica!", CONTACTS))
            .isFalse();
        assertThat(Grounding.grounded("Acesse HTTPS://BALCAOVIRTUAL.EXEMPLO.JUS.BR/2vara-civel-cariacica.", CONTACTS))
            .isTrue();
    }

}
