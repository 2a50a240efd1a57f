package br.jus.tjes.cariacica.assistant;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import br.jus.tjes.cariacica.support.WebClientSupport;

/**
 * The chat API over real HTTP, each test from its own client address: the test client
 * connects from 127.0.0.1, a trusted proxy, so its X-Forwarded-For is the address the
 * rate limit sees.
 */
public final class ChatHttp {

    private ChatHttp() {
    }

    /** A fresh address, so one test's requests never use up another's allowance. */
    public static String newClientAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    public static HttpResponse<String> post(int port, String path, String json, String clientAddress,
            String... headers) {
        var builder = WebClientSupport.request(port, path)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-Forwarded-For", clientAddress)
            .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return WebClientSupport.send(builder.build());
    }

    public static HttpResponse<String> get(int port, String path, String... headers) {
        return WebClientSupport.get(port, path,
                (headers.length == 0) ? new String[] { "Accept", "application/json" } : headers);
    }

    public static HttpResponse<String> delete(int port, String path, String... headers) {
        var builder = WebClientSupport.request(port, path).header("Accept", "application/json").DELETE();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return WebClientSupport.send(builder.build());
    }

    /** A JSON string literal. */
    public static String json(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
