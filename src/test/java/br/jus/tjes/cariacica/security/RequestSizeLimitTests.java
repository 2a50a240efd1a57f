package br.jus.tjes.cariacica.security;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static br.jus.tjes.cariacica.support.WebClientSupport.request;
import static br.jus.tjes.cariacica.support.WebClientSupport.send;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeLimitTests {

    @LocalServerPort
    int port;

    @Test
    void aBodyOfSeventeenMegabytesIsRefusedWith413() {
        byte[] body = new byte[17 * 1024 * 1024];
        var response = send(request(this.port, "/api/chat").expectContinue(true)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413").contains("16 MB");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void aPageRequestWithALargeBodyGetsThePortuguesePage() {
        byte[] body = new byte[17 * 1024 * 1024];
        var response = send(request(this.port, "/busca").expectContinue(true)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Envio grande demais");
    }

}
