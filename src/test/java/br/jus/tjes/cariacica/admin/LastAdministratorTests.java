package br.jus.tjes.cariacica.admin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.CourtApplication;
import br.jus.tjes.cariacica.admin.AccountService.AccountRuleException;
import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import br.jus.tjes.cariacica.support.StaffTestAccounts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two administrators, the only two, disable each other at the same moment: one change
 * wins and the other is refused, so an administrator is always left. On a database of its
 * own, where these two are all the administrators there are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastAdministratorTests {

    private ConfigurableApplicationContext context;

    @BeforeAll
    void startOnAnEmptyDatabase() {
        var server = EmbeddedPostgresServer.get();
        String database = "last_admin_" + System.nanoTime();
        server.createDatabaseIfMissing(database);
        this.context = new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--court.admin.username=", "--court.admin.password=", "--court.tasks.enabled=false");
    }

    @AfterAll
    void stop() {
        if (this.context != null) {
            this.context.close();
        }
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        var dataSource = this.context.getBean(DataSource.class);
        var service = this.context.getBean(AccountService.class);
        var transactions = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
        String ana = StaffTestAccounts.create(dataSource, "ADMIN");
        String bia = StaffTestAccounts.create(dataSource, "ADMIN");
        long anaId = StaffTestAccounts.idOf(dataSource, ana);
        long biaId = StaffTestAccounts.idOf(dataSource, bia);
        var executor = Executors.newFixedThreadPool(2);
        try {
            // Ana disables Bia and, before her transaction commits, Bia disables Ana.
            var biaDisabled = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult((tx) -> {
                service.setEnabled(biaId, false, ana);
                biaDisabled.countDown();
                await(release);
            }), executor);
            await(biaDisabled);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> service.setEnabled(anaId, false, bia),
                    executor);
            // The second either finishes (nothing serialises it) or waits for the first.
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> second.isDone() || waitsForALock(dataSource));
            release.countDown();
            first.get(30, TimeUnit.SECONDS);

            assertThat(second).failsWithin(30, TimeUnit.SECONDS)
                .withThrowableThat()
                .havingRootCause()
                .isInstanceOf(AccountRuleException.class)
                .withMessage("contas.ultimo-admin");
            assertThat(JdbcClient.create(dataSource).sql("""
                    select count(*) from staff_account a join staff_account_role r on r.account_id = a.id
                    where a.enabled and r.role = 'ADMIN'
                    """).query(Long.class).single()).isEqualTo(1);
        }
        finally {
            executor.shutdownNow();
        }
    }

    private static boolean waitsForALock(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("""
                select count(*) from pg_locks where not granted
                and database = (select oid from pg_database where datname = current_database())
                """).query(Long.class).single() > 0;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}
