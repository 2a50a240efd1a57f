package br.jus.tjes.cariacica.assistant;

import java.io.IOException;
import java.util.List;

import br.jus.tjes.cariacica.assistant.ChatApiBodyLimit.BodyTooLargeException;
import br.jus.tjes.cariacica.web.ErrorReplies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat API's refusals as the site's one error path words them: status, headers,
 * Portuguese title and detail. The 503 of admission control has no HTTP test of its own
 * (making the pipeline full on purpose is slow), so its answer is checked here.
 */
class ChatApiRefusalTests {

    private final ErrorReplies replies = new ErrorReplies(messages());

    private final ChatApiRefusals refusals = new ChatApiRefusals();

    @Test
    void anOverloadIsA503ProblemAskingToRetryInTwoSeconds() {
        var response = this.replies.reply(new ChatOverloadedException("overload"), "/api/chat");

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getTitle()).isEqualTo("Serviço temporariamente indisponível");
        assertThat(response.getBody().getDetail()).startsWith("O assistente está recebendo muitas perguntas agora");
        assertThat(response.getBody().getInstance()).hasToString("/api/chat");
    }

    @Test
    void aRateLimitedAddressGets429WithWhenToComeBackAndItsAllowance() {
        var response = this.replies.reply(new RateLimitExceededException(new Allowance(false, 30, 0, 42)), "/api/chat");

        assertThat(response.getStatusCode().value()).isEqualTo(429);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("42");
        assertThat(response.getHeaders().getFirst("RateLimit")).isEqualTo("\"chat\";r=0;t=42");
        assertThat(response.getHeaders().getFirst("RateLimit-Policy")).isEqualTo("\"chat\";q=30;w=60");
        assertThat(response.getBody().getTitle()).isEqualTo("Muitos pedidos seguidos");
        assertThat(response.getBody().getDetail()).contains("30 por minuto");
    }

    @Test
    void aRefusedMessageKeepsItsOwnExplanationAndAnInstanceWithoutUnsafeCharacters() {
        var response = this.replies.reply(new InvalidMessageException("assistente.erro.mensagem-longa"),
                "/api/chat/<x>");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().getTitle()).isEqualTo("Pergunta inválida");
        assertThat(response.getBody().getDetail()).contains("1.000 caracteres");
        assertThat(response.getBody().getInstance()).hasToString("/api/chat/x");
    }

    @Test
    void springsRefusalsAreWordedOnlyForTheChatApi() throws NoSuchMethodException {
        var unsupported = new HttpMediaTypeNotSupportedException(MediaType.TEXT_PLAIN, List.of());

        assertThat(this.refusals.wordingOf(unsupported, handler(FrequentQuestionsController.class))).isNull();
        ErrorResponse worded = this.refusals.wordingOf(unsupported, handler(ChatApiController.class));
        assertThat(worded).isNotNull();
        assertThat(worded.getStatusCode().value()).isEqualTo(415);
        assertThat(this.replies.reply(worded, "/api/chat").getBody().getDetail())
            .isEqualTo("Envie os dados como JSON (Content-Type: application/json).");
    }

    @Test
    void aBodyCutAtTheLimitIsA413AndAnyOtherUnreadableBodyA400() throws NoSuchMethodException {
        var input = new MockHttpInputMessage(new byte[0]);
        var tooLarge = new HttpMessageNotReadableException("I/O error", new BodyTooLargeException(), input);
        var malformed = new HttpMessageNotReadableException("JSON", new IOException("x"), input);

        ErrorResponse large = this.refusals.wordingOf(tooLarge, handler(ChatApiController.class));
        ErrorResponse bad = this.refusals.wordingOf(malformed, handler(ChatApiController.class));

        assertThat(large).isNotNull();
        assertThat(large.getStatusCode().value()).isEqualTo(413);
        assertThat(this.replies.reply(large, "/api/chat").getBody().getTitle()).isEqualTo("Envio grande demais");
        assertThat(bad).isNotNull();
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(this.replies.reply(bad, "/api/chat").getBody().getDetail()).contains("\"message\"");
    }

    private static HandlerMethod handler(Class<?> type) throws NoSuchMethodException {
        var beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("controller", new RootBeanDefinition(type));
        return new HandlerMethod("controller", beans, Object.class.getMethod("toString"));
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

}
