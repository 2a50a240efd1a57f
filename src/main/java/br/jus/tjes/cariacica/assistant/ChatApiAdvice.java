package br.jus.tjes.cariacica.assistant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import br.jus.tjes.cariacica.security.BoundedInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every refusal of the chat API as {@code application/problem+json} with a Portuguese
 * {@code detail}; and the API's own body limit (16 KB), much lower than the site's.
 */
@RestControllerAdvice(assignableTypes = ChatApiController.class)
class ChatApiAdvice extends RequestBodyAdviceAdapter {

    static final long MAX_BODY_BYTES = 16 * 1024;

    /** An overload passes in seconds: sooner than a database outage's 10 s. */
    private static final String OVERLOAD_RETRY_AFTER_SECONDS = "2";

    private static final Locale PT_BR = Locale.of("pt", "BR");

    private static final Logger log = LoggerFactory.getLogger(ChatApiAdvice.class);

    private final MessageSource messages;

    ChatApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidMessageException.class)
    ResponseEntity<ProblemDetail> invalidMessage(InvalidMessageException ex, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "assistente.erro.titulo", ex.messageKey(), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "assistente.erro.titulo", ex.messageKey(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badIdentifier(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "assistente.erro.titulo", "assistente.erro.identificador", request);
    }

    @ExceptionHandler(ConversationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ConversationNotFoundException ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "assistente.erro.conversa.titulo", "assistente.erro.conversa", request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongContentType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "erro.415.titulo", "assistente.erro.formato", request);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException ex, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "erro.413.titulo", "assistente.erro.grande", request);
    }

    /**
     * Malformed JSON, a wrong type, an empty body, or a body that grew past the limit
     * while being read.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return tooLarge((BodyTooLargeException) cause, request);
            }
        }
        log.debug("Unreadable chat request: {}", ex.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "assistente.erro.titulo", "assistente.erro.json", request);
    }

    @ExceptionHandler(RateLimitExceededException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitExceededException ex, HttpServletRequest request) {
        var allowance = ex.allowance();
        var response = problem(HttpStatus.TOO_MANY_REQUESTS, "erro.429.titulo", "assistente.erro.limite", request);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .headers(response.getHeaders())
            .header(HttpHeaders.RETRY_AFTER, Long.toString(allowance.retryAfterSeconds()))
            .header("RateLimit", allowance.rateLimitHeader())
            .header("RateLimit-Policy", allowance.rateLimitPolicyHeader())
            .body(response.getBody());
    }

    /**
     * No room in this instance right now: retry in a moment, at once and never after a
     * queue.
     */
    @ExceptionHandler(ChatOverloadedException.class)
    ResponseEntity<ProblemDetail> overloaded(ChatOverloadedException ex, HttpServletRequest request) {
        var response = problem(HttpStatus.SERVICE_UNAVAILABLE, "erro.503.titulo", "assistente.erro.ocupado", request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .headers(response.getHeaders())
            .header(HttpHeaders.RETRY_AFTER, OVERLOAD_RETRY_AFTER_SECONDS)
            .body(response.getBody());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detailKey,
            HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(detailKey, null, PT_BR));
        problem.setTitle(this.messages.getMessage(titleKey, null, PT_BR));
        problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "")));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    // The API's body limit: refused at once when the declared length is too large, or
    // while reading.

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (input.getHeaders().getContentLength() > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        InputStream limited = new BoundedInputStream(input.getBody(), MAX_BODY_BYTES, () -> {
            throw new BodyTooLargeException();
        });
        // Jackson reads some byte sequences that are not UTF-8 (overlong forms such as C0
        // AF for '/') as if they
        // were: the body (16 KB at most) is checked strictly first, so what is stored is
        // what was sent.
        byte[] body = limited.readAllBytes();
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body));
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("Request body larger than " + MAX_BODY_BYTES + " bytes");
        }

    }

}
