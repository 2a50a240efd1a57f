package br.jus.tjes.cariacica.security;

import java.util.List;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.RawHttp;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attack patterns that reach the application are refused with 400 (the Portuguese page,
 * or problem+json for the API) and recorded with the client address; the ones Tomcat
 * refuses itself never reach it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuspiciousRequestTests {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = { "/css/%2e%2e/admin", "/css/%2E%2E/img/brasao.svg", "/busca?q=..%2F..%2Fetc%2Fpasswd",
            "/busca?arquivo=../../etc/passwd", "/busca?q=%252e%252e%252fetc", "/busca?q=..%5c..%5cwindows",
            "/busca?volta=%0d%0aSet-Cookie:%20x=y", "/busca?q=a%00b" })
    void traversalAndInjectedLineBreaksInThePathOrQueryAreRefusedAndRecorded(String target) {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, target, "Accept: text/html",
                "X-Forwarded-For: " + address);

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("<h1>Pedido inválido</h1>")
            .contains("Content-Security-Policy: " + SiteHeaders.CONTENT_SECURITY_POLICY)
            .contains("X-Content-Type-Options: nosniff");
        assertThat(suspiciousEventsFrom(address)).hasSize(1);
    }

    @Test
    void aBurstOfProbesIsRefusedEveryTimeButRecordedOnce() {
        String address = StaffTestAccounts.uniqueAddress();

        for (int i = 0; i < 5; i++) {
            String response = RawHttp.get("127.0.0.1", this.port, "/busca?f=../../etc/" + i,
                    "X-Forwarded-For: " + address);
            assertThat(response).startsWith("HTTP/1.1 400");
        }

        assertThat(suspiciousEventsFrom(address)).hasSize(1);
    }

    @Test
    void anEncodedLineBreakInAHeaderValueIsRefusedAsHeaderInjection() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/", "X-Forwarded-For: " + address,
                "X-Voltar: /inicio%0d%0aSet-Cookie:%20sessao=roubada");

        assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("sessao=roubada");
        assertThat(suspiciousEventsFrom(address)).singleElement().asString().contains("injeção de cabeçalho");
    }

    @Test
    void anOversizedHeaderValueIsRefused() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/", "X-Forwarded-For: " + address,
                "Referer: http://exemplo.org/" + "a".repeat(5000));

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(suspiciousEventsFrom(address)).singleElement().asString().contains("grande demais");
    }

    @Test
    void whatSpringSecuritysFirewallRefusesIsAlsoRecorded() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/busca;jsessionid=abc", "Accept: text/html",
                "X-Forwarded-For: " + address);

        assertThat(response).startsWith("HTTP/1.1 400")
            .contains("<h1>Pedido inválido</h1>")
            .contains("Content-Security-Policy: " + SiteHeaders.CONTENT_SECURITY_POLICY);
        assertThat(suspiciousEventsFrom(address)).singleElement().asString().contains("firewall");
    }

    @Test
    void anApiRequestGetsProblemJsonInPortuguese() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/api/chat?x=../../etc/passwd",
                "Accept: application/json", "X-Forwarded-For: " + address);

        assertThat(response).startsWith("HTTP/1.1 400")
            .contains("application/problem+json")
            .contains("\"title\":\"Pedido inválido\"");
        assertThat(suspiciousEventsFrom(address)).hasSize(1);
    }

    @Test
    void aRawLineBreakInsideAHeaderIsRefusedByTomcatBeforeTheApplication() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/", "X-Forwarded-For: " + address,
                "X-Teste: a\rSet-Cookie: x=y");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(suspiciousEventsFrom(address)).isEmpty();
    }

    @Test
    void aPathClimbingAboveTheRootIsRefusedByTomcatBeforeTheApplication() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/css/%2E%2E/%2E%2E/etc/passwd",
                "X-Forwarded-For: " + address);

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(suspiciousEventsFrom(address)).isEmpty();
    }

    @Test
    void ordinaryRequestsWithDotsAndPercentSignsPass() {
        String address = StaffTestAccounts.uniqueAddress();

        String response = RawHttp.get("127.0.0.1", this.port, "/busca?q=art.+5%C2%BA+...+100%25", "Accept: text/html",
                "X-Forwarded-For: " + address, "Referer: http://localhost/busca?q=a.b");

        assertThat(response).doesNotStartWith("HTTP/1.1 400");
        assertThat(suspiciousEventsFrom(address)).isEmpty();
    }

    private List<String> suspiciousEventsFrom(String address) {
        return JdbcClient.create(this.dataSource)
            .sql("select detail from audit_event where action = 'SUSPICIOUS_REQUEST' and client_address = ?")
            .param(address)
            .query(String.class)
            .list();
    }

}
