package br.jus.tjes.cariacica.assistant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CPF with punctuation      | meu cpf é 123.456.789-09.             | meu cpf é [CPF removido].
            CPF without punctuation   | cpf 12345678909                       | cpf [CPF removido]
            CPF with spaces           | cpf 123 456 789 09                    | cpf [CPF removido]
            CNPJ with punctuation     | empresa 12.345.678/0001-95            | empresa [CNPJ removido]
            CNPJ without punctuation  | cnpj 12345678000195                   | cnpj [CNPJ removido]
            alphanumeric CNPJ         | cnpj 12.ABC.345/01DE-35               | cnpj [CNPJ removido]
            e-mail                    | escreva para Maria.Souza+1@empresa.com.br ok | escreva para [e-mail removido] ok
            mobile with area code     | ligue (27) 99876-5432                 | ligue [telefone removido]
            eleven digits: CPF or mobile, masked either way | zap 27998765432 | zap [CPF removido]
            international             | tel +55 27 3246-5600                  | tel [telefone removido]
            landline                  | fixo 3246-5600                        | fixo [telefone removido]
            toll free                 | 0800 123 4567                         | [telefone removido]
            CNJ with punctuation      | processo 0001234-56.2024.8.08.0012    | processo 0001234-56.2024.8.08.0012
            CNJ without punctuation   | processo 00012345620248080012         | processo 00012345620248080012
            dates and small numbers   | audiência em 12/03/2025 às 14h, sala 2 | audiência em 12/03/2025 às 14h, sala 2
            """)
    void masksPersonalDataAndKeepsCaseNumbers(String name, String input, String expected) {
        assertThat(Redactor.redact(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    CPF with hyphens only          | cpf 123-456-789-09 ok                 | cpf [CPF removido] ok
                    CPF hyphen before check digits | cpf 123456789-09                      | cpf [CPF removido]
                    RG with dots                   | meu RG é 1.234.567 SSP/ES             | meu RG é [RG removido] SSP/ES
                    RG with state and check digit  | rg: MG-12.345.678-9                   | rg: [RG removido]
                    RG with check letter           | RG nº 12.345.678-X emitido em 2010    | RG nº [RG removido] emitido em 2010
                    identity card spelled out      | carteira de identidade número 3456789 | carteira de identidade número [RG removido]
                    RG with dotted label           | R.G. 4.567.890                        | R.G. [RG removido]
                    agency and account             | ag 1234 c/c 12345-6                   | ag [agência removida] c/c [conta removida]
                    agency with check digit        | agência nº 0123-4, conta corrente 98765-0 | agência nº [agência removida], conta corrente [conta removida]
                    savings account                | conta poupança: 0012345-9 da Caixa    | conta poupança: [conta removida] da Caixa
                    account with dots              | conta 1.234.567-8                     | conta [conta removida]
                    PIX random key                 | pix 123e4567-e89b-12d3-a456-426614174000 | pix [chave PIX removida]
                    PIX random key upper case      | chave: 9F1C2D3E-4B5A-6978-8A9B-0C1D2E3F4A5B. | chave: [chave PIX removida].
                    PIX random key without digits  | chave abcdefab-cdef-abcd-efab-cdefabcdefab ok | chave [chave PIX removida] ok
                    PIX e-mail key                 | minha chave pix é maria@exemplo.com   | minha chave pix é [e-mail removido]
                    PIX phone key                  | pix +5527998765432                    | pix [telefone removido]
                    PIX CPF key                    | chave pix 123.456.789-09              | chave pix [CPF removido]
                    PIX CNPJ key                   | chave pix 12.345.678/0001-95          | chave pix [CNPJ removido]
                    street address and CEP         | moro na Rua das Flores, 123, CEP 29140-000 | moro na [endereço removido], CEP [CEP removido]
                    avenue with nº and bare CEP    | Avenida Expedito Garcia, nº 100 cep 29146000 | [endereço removido] cep [CEP removido]
                    CEP with a dot                 | Travessa Sete de Setembro 45 - 29.140-000 | [endereço removido] - [CEP removido]
                    """)
    void masksRealWorldVariantsOfDocumentsBankDataPixKeysAndAddresses(String name, String input, String expected) {
        assertThat(Redactor.redact(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "A audiência é em 12/03/2025 às 14h30 (ou 14:30), sala 2.",
            "O processo 0001234-56.2024.8.08.0012 é público; o 5001234-56.2023.8.08.0012 também.",
            "O valor da causa é R$ 1.234.567,89 e as custas R$ 150,00.", "Lei nº 8.078/1990, art. 319 do CPC.",
            "O fórum fica na Rua Meridional, s/n, Alto Lage, CEP 29140-000.", "Qual vara atende o CEP 29146-010?",
            "Atendimento das 12h às 18h, de segunda a sexta; prazo de 15 dias úteis.",
            "A conta de luz venceu dia 10; paguei 150 reais.", "Em agosto de 2024 a agência do INSS negou.",
            "Organização de 2023 a 2025, versão 2.0.1" })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

}
