import java.util.concurrent.CountDownLatch;

import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;

/**
 * Starts the embedded PostgreSQL on its own (a single-file program, so the test classes keep one main class for
 * `spring-boot:test-run`), for the benchmarks under {@code bench/} that run the packaged jar
 * against it: prints the JDBC URL on one line and runs until killed.
 */
public final class EmbeddedPostgresMain {

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        var server = EmbeddedPostgresServer.get(args.length > 0 ? args[0] : null);
        System.out.println("JDBC_URL=" + server.jdbcUrl());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
