package br.jus.tjes.cariacica.assistant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import br.jus.tjes.cariacica.security.BoundedInputStream;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The chat API's own body limit (16 KB), much lower than the site's: a body announced
 * larger is refused at once, one that grows larger while being read is cut there, and a
 * body that is not strict UTF-8 is refused; {@link ChatApiRefusals} words each refusal.
 */
@ControllerAdvice(assignableTypes = ChatApiController.class)
class ChatApiBodyLimit extends RequestBodyAdviceAdapter {

    static final long MAX_BODY_BYTES = 16 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        long announced = input.getHeaders().getContentLength();
        if (announced > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        InputStream limited = new BoundedInputStream(input.getBody(), MAX_BODY_BYTES, () -> {
            throw new BodyTooLargeException();
        });
        // Jackson reads some byte sequences that are not UTF-8 (overlong forms such as C0
        // AF for '/') as if they
        // were: the body (16 KB at most) is checked strictly first, so what is stored is
        // what was sent.
        // Read into an array of the announced size: readAllBytes starts with 16 KB for a
        // body of a few dozen bytes (7 % of the bytes the chat benchmark allocated).
        byte[] body = (announced >= 0) ? readAnnounced(limited, (int) announced) : limited.readAllBytes();
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

    // The announced bytes; the connector ends the body there.
    private static byte[] readAnnounced(InputStream body, int announced) throws IOException {
        byte[] bytes = body.readNBytes(announced);
        if (body.read() != -1) {
            throw new BodyTooLargeException();
        }
        return bytes;
    }

    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("Request body larger than " + MAX_BODY_BYTES + " bytes");
        }

    }

}
