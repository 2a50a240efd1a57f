package br.jus.tjes.cariacica.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import br.jus.tjes.cariacica.CourtApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static br.jus.tjes.cariacica.assistant.ChatHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL (the test's own and a second one
 * started here, as in SharedSessionTests): the chat allowance of a client address (30 a
 * minute) is one allowance, whichever instance the load balancer sends each message to
 * (Bucket4j's buckets live in PostgreSQL).
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
        this.second = new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off");
        this.secondPort = Integer.parseInt(this.second.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (this.second != null) {
            this.second.close();
        }
    }

    @Test
    void fifteenMessagesToOneInstanceAndSixteenToTheOtherFromOneAddressGiveExactlyOne429() throws Exception {
        String client = ChatHttp.newClientAddress();
        List<Future<Integer>> sent = new ArrayList<>();

        // All at once, so the 31 messages fall within the minute even on a slow machine.
        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 31; i++) {
                int n = i;
                sent.add(senders.submit(() -> ask((n < 15) ? this.port : this.secondPort, client, n)));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : sent) {
            statuses.add(status.get());
        }

        assertThat(this.secondPort).isNotEqualTo(this.port);
        assertThat(statuses).hasSize(31).containsOnly(200, 429);
        assertThat(statuses).filteredOn((status) -> status == 429).as("one allowance of 30 for both").hasSize(1);
    }

    /**
     * The counter in PostgreSQL (one UPSERT per message, under the address's row lock)
     * stays exact under contention: 90 messages at once, half to each instance, let
     * exactly 30 through, and a refusal stores nothing.
     */
    @Test
    void ninetyConcurrentMessagesFromOneAddressAcrossBothInstancesLetExactlyThirtyThrough() throws Exception {
        String client = ChatHttp.newClientAddress();
        List<Future<Integer>> sent = new ArrayList<>();

        try (var senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 90; i++) {
                int n = i;
                sent.add(senders.submit(() -> ask((n % 2 == 0) ? this.port : this.secondPort, client, n)));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : sent) {
            statuses.add(status.get());
        }

        assertThat(statuses).hasSize(90).containsOnly(200, 429);
        assertThat(statuses).filteredOn((status) -> status == 200).hasSize(30);
        assertThat(statuses).filteredOn((status) -> status == 429).hasSize(60);
    }

    private static int ask(int port, String client, int n) {
        return ChatHttp
            .post(port, "/api/chat", "{\"message\":" + json("Qual o horário de atendimento? " + n) + "}", client)
            .statusCode();
    }

}
