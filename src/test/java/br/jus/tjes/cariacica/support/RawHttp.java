package br.jus.tjes.cariacica.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A hand-written HTTP/1.1 request from a chosen loopback address, to play a proxy that is
 * (127.0.0.1) or is not (127.0.0.2) among the trusted ones.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * Sends {@code GET path} with the given extra header lines and returns the response
     * head and body.
     */
    public static String get(String fromAddress, int port, String path, String... headerLines) {
        try (var socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(fromAddress), 0)) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
