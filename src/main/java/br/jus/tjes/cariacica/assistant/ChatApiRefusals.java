package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.assistant.ChatApiBodyLimit.BodyTooLargeException;
import br.jus.tjes.cariacica.web.ApiRefusals;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The chat API's words for what Spring MVC refuses before {@link ChatApiController} runs:
 * a body that is not the API's JSON or is over 16 KB, an identifier that is not a UUID, a
 * content type other than JSON. The assistant's own refusals are
 * {@link br.jus.tjes.cariacica.web.ApiRefusal}s and need no wording here.
 */
@Component
class ChatApiRefusals implements ApiRefusals {

    private static final Logger log = LoggerFactory.getLogger(ChatApiRefusals.class);

    @Override
    public @Nullable ErrorResponse wordingOf(Exception refusal, HandlerMethod handler) {
        if (!ChatApiController.class.isAssignableFrom(handler.getBeanType())) {
            return null;
        }
        if (refusal instanceof MethodArgumentTypeMismatchException) {
            return worded(refusal, HttpStatus.BAD_REQUEST, "assistente.erro.titulo", "assistente.erro.identificador");
        }
        if (refusal instanceof HttpMediaTypeNotSupportedException) {
            return worded(refusal, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "erro.415.titulo", "assistente.erro.formato");
        }
        if (refusal instanceof HttpMessageNotReadableException) {
            // Malformed JSON, a wrong type, an empty body, or a body that grew past the
            // limit while being read.
            for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLargeException) {
                    return worded(refusal, HttpStatus.CONTENT_TOO_LARGE, "erro.413.titulo", "assistente.erro.grande");
                }
            }
            log.debug("Unreadable chat request: {}", refusal.getMessage());
            return worded(refusal, HttpStatus.BAD_REQUEST, "assistente.erro.titulo", "assistente.erro.json");
        }
        return null;
    }

    private static ErrorResponse worded(Exception refusal, HttpStatus status, String titleCode, String detailCode) {
        return ErrorResponse.builder(refusal, status, "")
            .titleMessageCode(titleCode)
            .detailMessageCode(detailCode)
            .build();
    }

}
