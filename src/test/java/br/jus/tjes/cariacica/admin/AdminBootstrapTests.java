package br.jus.tjes.cariacica.admin;

import br.jus.tjes.cariacica.CourtApplication;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import br.jus.tjes.cariacica.support.StaffBrowser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an empty database: no account and no default password, until the environment names
 * the first administrator.
 */
class AdminBootstrapTests {

    @Test
    void withoutTheVariablesNoAccountExistsAndWithThemTheFirstAdministratorIsCreatedOnce() {
        var server = EmbeddedPostgresServer.get();
        String database = "bootstrap_" + System.nanoTime();
        server.createDatabaseIfMissing(database);
        try (var context = new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--court.admin.username=", "--court.admin.password=")) {
            var jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select count(*) from staff_account").query(Long.class).single()).isZero();

            var bootstrap = new AdminBootstrap(context.getBean(StaffAccounts.class),
                    new AdminProperties(" Chefe.Cartorio ", "primeira-senha-forte"),
                    context.getBean(PasswordEncoder.class), context.getBean(AuditLog.class),
                    context.getBean(java.time.Clock.class));
            bootstrap.run(null);
            bootstrap.run(null);

            assertThat(jdbc.sql("select username from staff_account").query(String.class).list())
                .containsExactly("chefe.cartorio");
            assertThat(jdbc.sql("""
                    select r.role from staff_account_role r join staff_account a on a.id = r.account_id
                    where a.username = 'chefe.cartorio'
                    """).query(String.class).list()).containsExactly("ADMIN");
            assertThat(jdbc.sql("select actor from audit_event where action = 'ACCOUNT_CREATED'")
                .query(String.class)
                .list()).containsExactly("sistema");
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var browser = new StaffBrowser(port);
            assertThat(location(browser.login("chefe.cartorio", "primeira-senha-forte"))).endsWith("/admin");
            assertThat(browser.get("/admin/contas").statusCode()).isEqualTo(200);
        }
    }

}
