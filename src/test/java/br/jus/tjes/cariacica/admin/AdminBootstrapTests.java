package br.jus.tjes.cariacica.admin;

import br.jus.tjes.cariacica.CourtApplication;
import br.jus.tjes.cariacica.audit.AuditLog;
import br.jus.tjes.cariacica.security.InvalidSettingException;
import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import br.jus.tjes.cariacica.support.StaffBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static br.jus.tjes.cariacica.support.StaffBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On an empty database: no account and no default password, until the environment names
 * the first administrator.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTests {

    @Test
    void aBootstrapPasswordOverSeventyTwoBytesStopsTheStartWithAClearReportAndNoStackTrace(CapturedOutput output) {
        var server = EmbeddedPostgresServer.get();
        String database = "bootstrap_long_" + System.nanoTime();
        server.createDatabaseIfMissing(database);
        String password = "senha-longa-demais-ç".repeat(4);

        assertThatThrownBy(() -> new SpringApplicationBuilder(CourtApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--court.tasks.enabled=false", "--court.admin.username=chefe", "--court.admin.password=" + password))
            .isInstanceOf(InvalidSettingException.class);

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "COURT_ADMIN_PASSWORD", "72 bytes")
            .doesNotContain(password)
            .doesNotContain("at br.jus.tjes.cariacica.admin.AdminBootstrap.run");
    }

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
