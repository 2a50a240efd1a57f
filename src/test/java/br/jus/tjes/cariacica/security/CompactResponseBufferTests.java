package br.jus.tjes.cariacica.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server runs the protocol with the 2 KB response buffer, and a response many times
 * larger than it arrives whole, with its security headers and request id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompactResponseBufferTests {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorUsesTheCompactProtocolWithATwoKilobyteResponseBuffer() {
        Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();

        assertThat(connector.getProtocolHandler()).isInstanceOf(CompactHttp11NioProtocol.class);
        assertThat(connector.getProtocolHandler().getDesiredBufferSize())
            .isEqualTo(CompactHttp11NioProtocol.RESPONSE_BUFFER);
    }

    @Test
    void aPageLargerThanTheBufferArrivesWholeWithItsHeaders() throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> page = client
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/busca?q=certid%C3%A3o"))
                    .header("Accept-Encoding", "identity")
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).hasSizeGreaterThan(4 * CompactHttp11NioProtocol.RESPONSE_BUFFER)
                .startsWith("<!DOCTYPE html>")
                .endsWith("</html>\n");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SiteHeaders.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("X-Request-Id")).isPresent();
        }
    }

}
