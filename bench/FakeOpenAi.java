import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A fake OpenAI-compatible upstream for the benchmarks, on loopback only: `java bench/FakeOpenAi.java PORT`.
 * Environment: DELAY_MS (answer time, default 2000), FAIL_PERCENT (share of 500s, default 0), MODE (answer |
 * reset: close the connection without answering). Every chat completion cites the first passage, F1.
 * The fault scripts change the behaviour while it runs: {@code GET /_control?delay=10000&fail=0&mode=answer}.
 */
public class FakeOpenAi {

    private static final AtomicLong REQUESTS = new AtomicLong();
    private static volatile long delay;
    private static volatile int failPercent;
    private static volatile String mode;

    public static void main(String[] args) throws IOException {
        // Keep every connection alive, as OpenAI does (one HTTP/2 connection carries many calls): the JDK server
        // closes idle connections beyond 200 by default, which made the application open a new connection for
        // most calls at 1,500 in flight, a cost the real upstream does not impose.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "8192");
        System.setProperty("sun.net.httpserver.idleInterval", "120");
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18091");
        delay = Long.parseLong(System.getenv().getOrDefault("DELAY_MS", "2000"));
        failPercent = Integer.parseInt(System.getenv().getOrDefault("FAIL_PERCENT", "0"));
        mode = System.getenv().getOrDefault("MODE", "answer");
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> handle(exchange, delay, failPercent, mode));
        server.createContext("/_control", FakeOpenAi::control);
        server.start();
        System.out.println("FAKE_OPENAI_READY port=" + port);
    }

    private static void handle(HttpExchange exchange, long delay, int failPercent, String mode) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            REQUESTS.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/models")) {
                send(exchange, 200, "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-4.1-mini\",\"object\":\"model\",\"created\":0,\"owned_by\":\"fake\"}]}");
                return;
            }
            Thread.sleep(delay);
            if ("reset".equals(mode)) {
                exchange.getResponseBody().close();
                return;
            }
            if (ThreadLocalRandom.current().nextInt(100) < failPercent) {
                send(exchange, 500, "{\"error\":{\"message\":\"fake failure\",\"type\":\"server_error\"}}");
                return;
            }
            String content = "{\\\"resposta\\\": \\\"Resposta de teste baseada na fonte citada.\\\", \\\"fontes\\\": [\\\"F1\\\"], \\\"encontrou\\\": true}";
            send(exchange, 200, """
                    {"id":"chatcmpl-fake","object":"chat.completion","created":0,"model":"gpt-4.1-mini",
                     "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"%s"}}],
                     "usage":{"prompt_tokens":100,"completion_tokens":20,"total_tokens":120}}""".formatted(content));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] parts = pair.split("=", 2);
                String value = parts.length > 1 ? parts[1] : "";
                switch (parts[0]) {
                    case "delay" -> delay = Long.parseLong(value);
                    case "fail" -> failPercent = Integer.parseInt(value);
                    case "mode" -> mode = value;
                    default -> { }
                }
            }
            send(exchange, 200, "{\"delay\":%d,\"fail\":%d,\"mode\":\"%s\",\"requests\":%d}"
                    .formatted(delay, failPercent, mode, REQUESTS.get()));
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
