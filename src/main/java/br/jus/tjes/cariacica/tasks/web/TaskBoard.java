package br.jus.tjes.cariacica.tasks.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.tasks.TaskPriority;
import br.jus.tjes.cariacica.tasks.TaskState;
import br.jus.tjes.cariacica.tasks.internal.TasksProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the staff page shows, read straight from our tables and db-scheduler's. */
@Component
class TaskBoard {

    static final int LIMIT = 100;

    private static final String RECURRING_INSTANCE = "recurring";

    private final JdbcClient jdbc;

    private final ZoneId zone;

    TaskBoard(DataSource dataSource, TasksProperties properties) {
        this.jdbc = JdbcClient.create(dataSource);
        this.zone = properties.zone();
    }

    @Transactional(readOnly = true)
    Board board() {
        var counts = new TreeMap<TaskState, Long>();
        this.jdbc.sql("select state, count(*) as n from task_run group by state")
            .query((rs, row) -> counts.put(TaskState.valueOf(rs.getString("state")), rs.getLong("n")))
            .list();
        return new Board(counts, tasks("t.state = 'RUNNING'", "t.started_at"),
                tasks("t.state in ('QUEUED', 'WAITING')", "t.priority desc, coalesce(s.execution_time, t.created_at)"),
                tasks("t.state in ('FAILED', 'BLOCKED')", "t.finished_at desc"),
                tasks("t.state in ('SUCCEEDED', 'CANCELLED')", "t.finished_at desc"), recurring());
    }

    private List<TaskRow> tasks(String where, String orderBy) {
        return this.jdbc.sql("""
                select t.*, s.execution_time, s.picked_by, s.last_heartbeat, b.type as blocked_by_type
                from task_run t
                left join scheduled_tasks s on s.task_name = t.type and s.task_instance = t.id::text
                left join task_run b on b.id = t.blocked_by
                where %s order by %s limit %d
                """.formatted(where, orderBy, LIMIT))
            .query((rs, row) -> new TaskRow(rs.getObject("id", UUID.class), rs.getString("type"),
                    TaskPriority.of(rs.getInt("priority")), TaskState.valueOf(rs.getString("state")),
                    rs.getInt("attempts"), rs.getInt("max_attempts"), rs.getString("last_error"),
                    rs.getObject("blocked_by", UUID.class), rs.getString("blocked_by_type"),
                    rs.getObject("progress_done", Integer.class), rs.getObject("progress_total", Integer.class),
                    time(rs, "created_at"), time(rs, "started_at"), time(rs, "finished_at"), time(rs, "execution_time"),
                    rs.getString("picked_by"), time(rs, "last_heartbeat")))
            .list();
    }

    private List<RecurringRow> recurring() {
        return this.jdbc.sql("""
                select s.task_name, s.priority, s.execution_time, s.picked, s.picked_by, s.last_success,
                       s.last_failure, coalesce(s.consecutive_failures, 0) as consecutive_failures,
                       r.last_error, r.last_duration_ms
                from scheduled_tasks s left join task_recurring_run r on r.name = s.task_name
                where s.task_instance = :instance order by s.task_name
                """)
            .param("instance", RECURRING_INSTANCE)
            .query((rs, row) -> new RecurringRow(rs.getString("task_name"), TaskPriority.of(rs.getInt("priority")),
                    time(rs, "execution_time"), rs.getBoolean("picked"), rs.getString("picked_by"),
                    time(rs, "last_success"), time(rs, "last_failure"), rs.getInt("consecutive_failures"),
                    (rs.getInt("consecutive_failures") > 0) ? rs.getString("last_error") : null,
                    rs.getObject("last_duration_ms", Long.class)))
            .list();
    }

    private ZonedDateTime time(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return (value != null) ? value.atZoneSameInstant(this.zone) : null;
    }

    record Board(Map<TaskState, Long> counts, List<TaskRow> running, List<TaskRow> queued, List<TaskRow> failed,
            List<TaskRow> finished, List<RecurringRow> recurring) {
    }

    record TaskRow(UUID id, String type, TaskPriority priority, TaskState state, int attempts, int maxAttempts,
            String lastError, UUID blockedBy, String blockedByType, Integer progressDone, Integer progressTotal,
            ZonedDateTime createdAt, ZonedDateTime startedAt, ZonedDateTime finishedAt, ZonedDateTime nextRun,
            String runningOn, ZonedDateTime lastHeartbeat) {

        public boolean canRetry() {
            return this.state == TaskState.FAILED;
        }

        public boolean canCancel() {
            return this.state == TaskState.FAILED || this.state == TaskState.WAITING || this.state == TaskState.QUEUED;
        }
    }

    record RecurringRow(String name, TaskPriority priority, ZonedDateTime nextRun, boolean running, String runningOn,
            ZonedDateTime lastSuccess, ZonedDateTime lastFailure, int consecutiveFailures, String lastError,
            Long lastDurationMs) {
    }

}
