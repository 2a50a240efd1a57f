package br.jus.tjes.cariacica.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static br.jus.tjes.cariacica.support.WebClientSupport.request;
import static br.jus.tjes.cariacica.support.WebClientSupport.send;

/**
 * A browser for the staff area over real HTTP: keeps the session cookie (sent by hand, as
 * the Secure cookie would not be sent over plain http by a real browser), sends every
 * request as coming from one client address through the trusted local proxy
 * ({@code X-Forwarded-For} from 127.0.0.1), and fills in the CSRF token of a form.
 */
public final class StaffBrowser {

    public static final String SESSION_COOKIE = "SESSION";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern SET_SESSION = Pattern.compile("^" + SESSION_COOKIE + "=([^;]*)");

    private final int port;

    private final String address;

    private String session;

    public StaffBrowser(int port, String address) {
        this.port = port;
        this.address = address;
    }

    public StaffBrowser(int port) {
        this(port, StaffTestAccounts.uniqueAddress());
    }

    /** Another browser on another instance, holding this one's session cookie. */
    public StaffBrowser onPort(int otherPort) {
        var other = new StaffBrowser(otherPort, this.address);
        other.session = this.session;
        return other;
    }

    public String session() {
        return this.session;
    }

    public void useSession(String value) {
        this.session = value;
    }

    public HttpResponse<String> get(String path) {
        return exchange(builder(path).GET());
    }

    /**
     * Posts the form with the CSRF token of the page at {@code formPage} (fetched first).
     */
    public HttpResponse<String> post(String path, String formPage, Map<String, String> fields) {
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken(formPage));
        return postWithoutToken(path, withToken);
    }

    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
        String body = fields.entrySet()
            .stream()
            .map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
        return exchange(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the form; returns the response to the POST (a redirect). */
    public HttpResponse<String> login(String username, String password) {
        return post("/admin/entrar", "/admin/entrar", Map.of("usuario", username, "senha", password));
    }

    public HttpResponse<String> logout() {
        return post("/admin/sair", "/admin", Map.of());
    }

    public String csrfToken(String page) {
        var matcher = CSRF.matcher(get(page).body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on " + page);
        }
        return matcher.group(1);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder builder(String path) {
        var builder = request(this.port, path).header("Accept", "text/html").header("X-Forwarded-For", this.address);
        if (this.session != null) {
            builder.header("Cookie", SESSION_COOKIE + "=" + this.session);
        }
        return builder;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder builder) {
        var response = send(builder.build());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            var matcher = SET_SESSION.matcher(cookie);
            if (matcher.find()) {
                this.session = matcher.group(1).isEmpty() ? null : matcher.group(1);
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
