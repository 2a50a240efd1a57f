package br.jus.tjes.cariacica.ops.requests;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    private final List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger("br.jus.tjes.cariacica.ops.access"),
            (Logger) LoggerFactory.getLogger(RequestIdFilter.class));

    @BeforeEach
    void captureLogs() {
        this.logs.start();
        this.loggers.forEach((logger) -> logger.addAppender(this.logs));
    }

    @AfterEach
    void releaseLogs() {
        this.loggers.forEach((logger) -> logger.detachAppender(this.logs));
    }

    private RequestIdFilter filter(Duration slowThreshold) {
        return new RequestIdFilter(slowThreshold, this.meters, new RecentTraffic(Clock.systemUTC()));
    }

    @Test
    void wellFormedIncomingIdIsKeptInTheMdcTheResponseAndTheAccessLine() throws Exception {
        var request = new MockHttpServletRequest("GET", "/pauta");
        request.addHeader("X-Request-Id", "balanceador-1234-ABCD");
        var response = new MockHttpServletResponse();
        var seenInMdc = new AtomicReference<String>();

        filter(Duration.ofSeconds(5)).doFilter(request, response, (req, res) -> seenInMdc.set(MDC.get("requestId")));

        assertThat(response.getHeader("X-Request-Id")).isEqualTo("balanceador-1234-ABCD");
        assertThat(seenInMdc).hasValue("balanceador-1234-ABCD");
        assertThat(MDC.get("requestId")).as("cleared after the request").isNull();
        assertThat(this.logs.list).singleElement().satisfies((line) -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).startsWith("GET /pauta 200 ")
                .contains("requestId=balanceador-1234-ABCD");
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "balanceador-1234-ABCD");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "abcdefgh\r\nSet-Cookie: sessao=roubada", "curto", "com espaço 12345678",
            "acentuação-12345678", "0123456789012345678901234567890123456789012345678901234567890123X", "" })
    void malformedOrAbsentIdIsReplacedByANewOne(String incoming) throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        if (!incoming.isEmpty()) {
            request.addHeader("X-Request-Id", incoming);
        }
        var response = new MockHttpServletResponse();

        filter(Duration.ofSeconds(5)).doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("X-Request-Id")).matches(UUID).isNotEqualTo(incoming);
        assertThat(this.logs.list.getFirst().getFormattedMessage()).doesNotContain("Set-Cookie", "\r", "\n");
    }

    @Test
    void accessLineHasTheQueryParameterNamesButNotTheirValues() throws Exception {
        var request = new MockHttpServletRequest("GET", "/busca");
        request.setQueryString("q=joao+da+silva&pagina=2");

        filter(Duration.ofSeconds(5)).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(this.logs.list.getFirst().getFormattedMessage()).contains("GET /busca?q=…&pagina=… 200")
            .doesNotContain("joao", "silva", "pagina=2");
    }

    @Test
    void slowRequestIsLoggedAtWarnAndCounted() throws Exception {
        filter(Duration.ZERO).doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                new MockFilterChain());

        assertThat(this.logs.list).singleElement().satisfies((line) -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).contains("lento");
        });
        assertThat(this.meters.get("court.requests.slow").counter().count()).isEqualTo(1);
    }

    @Test
    void clientErrorIsCountedByStatus() throws Exception {
        filter(Duration.ofSeconds(5)).doFilter(new MockHttpServletRequest("GET", "/nada"),
                new MockHttpServletResponse(), (req, res) -> ((MockHttpServletResponse) res).setStatus(404));

        assertThat(this.meters.get("court.http.errors")
            .tags("kind", "client", "status", "404", "exception", "none")
            .counter()
            .count()).isEqualTo(1);
    }

    @Test
    void unhandledExceptionBecomesA500LoggedOnceWithTheRequestIdAndCountedByType() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/chat");
        request.addHeader("X-Request-Id", "falha-00000001");
        var response = new MockHttpServletResponse();

        filter(Duration.ofSeconds(5)).doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("quebrou");
        });

        assertThat(response.getStatus()).isEqualTo(500);
        var errors = this.logs.list.stream().filter((line) -> line.getLevel() == Level.ERROR).toList();
        assertThat(errors).singleElement().satisfies((line) -> {
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "falha-00000001");
            assertThat(line.getThrowableProxy().getClassName()).isEqualTo(IllegalStateException.class.getName());
        });
        assertThat(this.logs.list)
            .anySatisfy((line) -> assertThat(line.getFormattedMessage()).startsWith("POST /api/chat 500 "));
        assertThat(this.meters.get("court.http.errors")
            .tags("kind", "server", "status", "500", "exception", "IllegalStateException")
            .counter()
            .count()).isEqualTo(1);
    }

    @Test
    void aDatabaseOutageRethrownInAnAsynchronousRequestsDispatchIsA503WithTheRequestsId() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/chat");
        request.setDispatcherType(jakarta.servlet.DispatcherType.ASYNC);
        request.setAttribute(RequestIdFilter.ATTRIBUTE, "assincrono-0001");
        var response = new MockHttpServletResponse();

        filter(Duration.ofSeconds(5)).doFilter(request, response, (req, res) -> {
            throw new org.springframework.dao.DataAccessResourceFailureException("sem banco");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(this.logs.list).anySatisfy((line) -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "assincrono-0001");
        });
    }

}
