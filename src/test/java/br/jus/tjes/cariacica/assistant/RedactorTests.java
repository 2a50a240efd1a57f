package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.assistant.chat.Redactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

}
