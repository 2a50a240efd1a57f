package br.jus.tjes.cariacica.web;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one wording of the site's errors, also used where no message converter runs (the
 * container's error report).
 */
class ErrorRepliesTests {

    private final ErrorReplies replies = new ErrorReplies(messages());

    @Test
    void statusesWithoutMessagesOfTheirOwnAreWordedAsFourHundredOrFiveHundred() {
        assertThat(ErrorReplies.wordedAs(404)).isEqualTo(404);
        assertThat(ErrorReplies.wordedAs(503)).isEqualTo(503);
        assertThat(ErrorReplies.wordedAs(431)).isEqualTo(400);
        assertThat(ErrorReplies.wordedAs(505)).isEqualTo(500);
        assertThat(this.replies.forStatus(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "/busca").getTitle())
            .isEqualTo("Pedido inválido");
    }

    @Test
    void theContainersProblemJsonHasTheFieldsOfTheApplicationsInTheSameWords() {
        var problem = this.replies.problem(HttpStatus.BAD_REQUEST, ErrorReplies.titleCode(400),
                ErrorReplies.detailCode(400), null);

        assertThat(ErrorReplies.json(problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Pedido inválido\","
                + "\"status\":400,\"detail\":\"Não conseguimos entender o pedido. Confira os dados informados e tente "
                + "de novo.\"}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedInTheJson() {
        var problem = this.replies.forStatus(HttpStatus.NOT_FOUND, "/a");
        problem.setDetail("a \"b\" \\ c\nd");

        assertThat(ErrorReplies.json(problem)).contains("\"detail\":\"a \\\"b\\\" \\\\ c\\u000ad\"")
            .endsWith(",\"instance\":\"/a\"}");
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
