package br.jus.tjes.cariacica.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is append-only for the site's own database role, not just against
 * mistakes: the site connects as an application role that owns nothing (V81), so it can
 * neither change, delete nor truncate audit rows, nor disable the trigger, nor run DDL;
 * old rows still leave through the owner's purge function (V82).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailRolesTests {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditLog audit;

    @Test
    void theSiteConnectsAsAnApplicationRoleThatOwnsNothing() throws SQLException {
        try (Connection app = this.dataSource.getConnection()) {
            assertThat(single(app, "select current_user")).isEqualTo(EmbeddedPostgresServer.APP_USER);
            assertThat(single(app, "select rolsuper::text from pg_roles where rolname = current_user"))
                .isEqualTo("false");
            assertThat(single(app, """
                    select count(*)::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relowner = (select oid from pg_roles where rolname = current_user)
                    """)).isEqualTo("0");
        }
    }

    @Test
    void theApplicationRoleCannotChangeDeleteOrTruncateAuditRowsNorDisableTheTrigger() throws SQLException {
        String target = "teste:papeis:" + System.nanoTime();
        this.audit.record(AuditEvent.of(AuditAction.IMPORT).withTarget(target).withActor("alguem"));
        String row = "where target = '" + target + "'";

        try (Connection app = this.dataSource.getConnection()) {
            refused(app, "update audit_event set actor = 'outro' " + row);
            refused(app, "delete from audit_event " + row);
            refused(app, "truncate audit_event");
            refused(app, "alter table audit_event disable trigger audit_event_no_update_or_delete");
            refused(app, "alter table audit_event disable trigger all");
            refused(app, "drop trigger audit_event_no_update_or_delete on audit_event");
            refused(app, "create or replace function audit_event_append_only() returns trigger language plpgsql "
                    + "as $$ begin return old; end; $$");
            refused(app, "alter table audit_event owner to " + EmbeddedPostgresServer.APP_USER);
            // Granting itself what it lacks only earns a warning: nothing is granted.
            execute(app, "grant update, delete on audit_event to " + EmbeddedPostgresServer.APP_USER);
            refused(app, "update audit_event set actor = 'outro' " + row);
            // The purge switch of the trigger is no way in without DELETE.
            app.setAutoCommit(false);
            try {
                single(app, "select set_config('court.audit_purge', 'on', true)");
                refused(app, "delete from audit_event " + row);
            }
            finally {
                app.rollback();
                app.setAutoCommit(true);
            }
            // The purge function with any cutoff spares a fresh row.
            assertThat(single(app, "select audit_event_purge(now() + interval '1 day')::text")).isNotNull();
            assertThat(single(app, "select actor from audit_event " + row)).isEqualTo("alguem");
        }
    }

    @Test
    void theApplicationRoleRunsNoDdl() throws SQLException {
        try (Connection app = this.dataSource.getConnection()) {
            refused(app, "create table intruso (id int)");
            refused(app, "create schema intruso");
            refused(app, "create function intruso() returns int language sql as 'select 1'");
            refused(app, "alter table hearing add column intruso int");
            refused(app, "drop table audit_event");
            refused(app, "drop function audit_event_purge(timestamptz)");
            refused(app, "insert into flyway_schema_history (installed_rank, description, type, script, installed_by,"
                    + " execution_time, success) values (9999, 'x', 'SQL', 'x', 'x', 0, true)");
        }
    }

    @Test
    void theRetentionCleanUpDeletesOldRowsButNeverOneYoungerThanAYear() {
        var jdbc = JdbcClient.create(this.dataSource);
        String target = "teste:purga:" + System.nanoTime();
        for (String age : new String[] { "2 years", "400 days", "200 days", "1 hour" }) {
            jdbc.sql("insert into audit_event (occurred_at, action, target, detail) "
                    + "values (now() - cast(? as interval), 'IMPORT', ?, ?)")
                .params(age, target, age)
                .update();
        }

        // A cutoff of now (a retention of zero) still keeps the last 365 days.
        int deleted = this.audit.deleteOlderThan(Instant.now());

        assertThat(deleted).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select detail from audit_event where target = ? order by occurred_at")
            .param(target)
            .query(String.class)
            .list()).containsExactly("200 days", "1 hour");
    }

    @Test
    void theOwnerStillMeetsTheAppendOnlyTrigger() throws SQLException {
        String target = "teste:dono:" + System.nanoTime();
        this.audit.record(AuditEvent.of(AuditAction.IMPORT).withTarget(target));

        try (Connection owner = owner()) {
            assertThatThrownBy(
                    () -> execute(owner, "update audit_event set actor = 'x' where target = '" + target + "'"))
                .hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(owner, "delete from audit_event where target = '" + target + "'"))
                .hasMessageContaining("append-only");
        }
    }

    @Test
    void aTableALaterMigrationCreatesIsReadAndWrittenByTheApplicationRole() throws SQLException {
        String table = "later_migration_" + System.nanoTime();
        try (Connection owner = owner(); Connection app = this.dataSource.getConnection()) {
            execute(owner, "create table " + table + " (id bigint generated always as identity primary key, v text)");
            try {
                execute(app, "insert into " + table + " (v) values ('ok')");
                execute(app, "update " + table + " set v = 'ok!'");
                assertThat(single(app, "select v from " + table)).isEqualTo("ok!");
                execute(app, "delete from " + table);
                refused(app, "drop table " + table);
            }
            finally {
                execute(owner, "drop table " + table);
            }
        }
    }

    /**
     * The Docker Compose setup: neither role is a superuser, the migration role owns the
     * database, and Flyway names the application role on its connections.
     */
    @Test
    void aDatabaseMigratedByANonSuperuserOwnerGivesTheApplicationRoleOnlyItsGrants() throws SQLException {
        String suffix = Long.toString(System.nanoTime());
        String ownerRole = "owner_" + suffix;
        String appRole = "app_" + suffix;
        String database = "roles_" + suffix;
        var server = EmbeddedPostgresServer.get();
        try (Connection admin = owner()) {
            execute(admin, "create role " + ownerRole + " login password 'o'");
            execute(admin, "create role " + appRole + " login password 'a'");
            execute(admin, "create database " + database + " owner " + ownerRole);
            execute(admin, "revoke all on database " + database + " from public");
            execute(admin, "grant connect, temporary on database " + database + " to " + appRole);
        }
        String url = server.jdbcUrl(database).replaceFirst("[?&]user=[^&]*", "");
        try {
            var result = org.flywaydb.core.Flyway.configure()
                .dataSource(url, ownerRole, "o")
                .locations("classpath:db/migration")
                .initSql("select set_config('court.app_role', '" + appRole + "', false)")
                .load()
                .migrate();
            assertThat(result.success).isTrue();

            try (Connection app = DriverManager.getConnection(url, appRole, "a")) {
                execute(app, "insert into audit_event (action, target) values ('IMPORT', 'compose')");
                assertThat(single(app, "select count(*)::text from hearing")).isNotNull();
                refused(app, "update audit_event set actor = 'x'");
                refused(app, "delete from audit_event");
                refused(app, "truncate audit_event");
                refused(app, "alter table audit_event disable trigger all");
                refused(app, "create table intruso (id int)");
                assertThat(single(app, "select audit_event_purge(now())::text")).isEqualTo("0");
            }
        }
        finally {
            try (Connection admin = owner()) {
                execute(admin, "drop database if exists " + database + " with (force)");
                execute(admin, "drop role if exists " + appRole);
                execute(admin, "drop role if exists " + ownerRole);
            }
        }
    }

    /** The migration role (here the embedded server's superuser, as Flyway uses it). */
    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(EmbeddedPostgresServer.get().jdbcUrl(), "postgres", "postgres");
    }

    private static void refused(Connection connection, String sql) {
        assertThatThrownBy(() -> execute(connection, sql)).as(sql)
            .isInstanceOfSatisfying(SQLException.class,
                    (ex) -> assertThat(ex.getSQLState()).as(sql + ": " + ex.getMessage())
                        .isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

}
