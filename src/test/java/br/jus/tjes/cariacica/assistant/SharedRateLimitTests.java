package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import br.jus.tjes.cariacica.CourtApplication;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL (the test's own and a second one started here, as in
 * SharedSessionTests): the chat allowance of a client address (30 a minute) is one allowance, whichever instance
 * the load balancer sends each message to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRateLimitTests {

    @LocalServerPort
    int port;

    private ConfigurableApplicationContext second;
    private int secondPort;

    @BeforeAll
    void startASecondInstance() {
        second = new SpringApplicationBuilder(CourtApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off");
        secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void fifteenMessagesToOneInstanceAndSixteenToTheOtherFromOneAddressGiveExactlyOne429() {
        String client = ChatHttp.newClientAddress();
        List<Integer> first = new ArrayList<>();
        List<Integer> other = new ArrayList<>();

        for (int i = 0; i < 16; i++) {
            if (i < 15) {
                first.add(ask(port, client, i));
            }
            other.add(ask(secondPort, client, i));
        }

        assertThat(secondPort).isNotEqualTo(port);
        assertThat(first).as("instance one").containsOnly(200).hasSize(15);
        assertThat(other.subList(0, 15)).as("instance two").containsOnly(200);
        assertThat(other.get(15)).as("the 31st message of the minute").isEqualTo(429);
    }

    private static int ask(int port, String client, int n) {
        return ChatHttp.post(port, "/api/chat", "{\"message\":" + json("Qual o horário de atendimento? " + n) + "}",
                client).statusCode();
    }
}
