package br.jus.tjes.cariacica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.0 request written byte by byte, for what a well-behaved client refuses to
 * send (bytes that are not UTF-8 in the request line or the body). HTTP/1.0, so the
 * answer comes unchunked and the connection closes.
 */
record RawExchange(int status, String head, String body) {

    static RawExchange send(int port, String method, String target, String headers, byte[] body) {
        var request = new ByteArrayOutputStream();
        request.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(target.getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes((" HTTP/1.0\r\nHost: 127.0.0.1\r\n" + headers
                + ((body.length > 0) ? "Content-Length: " + body.length + "\r\n" : "") + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return send(port, request.toByteArray());
    }

    static RawExchange send(int port, byte[] request) {
        try (var socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            }
            catch (SocketException ex) {
                // The server may answer (and close) before reading all of a request it
                // refuses: read the answer.
            }
            var response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = (end < 0) ? text : text.substring(0, end);
            String body = (end < 0) ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new RawExchange(status, head, body);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    String header(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return this.head.lines()
            .filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
            .map((line) -> line.substring(prefix.length()).strip())
            .findFirst()
            .orElse("");
    }
}
