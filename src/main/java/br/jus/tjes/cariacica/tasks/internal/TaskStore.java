package br.jus.tjes.cariacica.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.tasks.TaskPriority;
import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.TaskState;
import br.jus.tjes.cariacica.tasks.TaskStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Our tables beside db-scheduler's: {@code task_run} (one row per enqueued task, kept
 * after its execution is gone) and {@code task_dependency}. Every method runs in the
 * caller's transaction, if any.
 */
public final class TaskStore {

    private final JdbcClient jdbc;

    public TaskStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void insert(UUID id, TaskRequest request, int maxAttempts, TaskState state, UUID blockedBy, Instant now) {
        this.jdbc.sql("""
                insert into task_run (id, type, priority, payload, state, max_attempts, blocked_by, not_before,
                                      created_at, finished_at)
                values (:id, :type, :priority, :payload, :state, :maxAttempts, :blockedBy, :notBefore, :now, :finished)
                """)
            .param("id", id)
            .param("type", request.type())
            .param("priority", request.priority().value())
            .param("payload", request.payload())
            .param("state", state.name())
            .param("maxAttempts", maxAttempts)
            .param("blockedBy", blockedBy)
            .param("notBefore", ts(request.notBefore()))
            .param("now", ts(now))
            .param("finished", state.isFinished() ? ts(now) : null)
            .update();
        for (UUID prerequisite : request.prerequisites()) {
            this.jdbc.sql("insert into task_dependency (task_id, prerequisite_id) values (:id, :prerequisite)")
                .param("id", id)
                .param("prerequisite", prerequisite)
                .update();
        }
    }

    /**
     * The states of these tasks, their rows locked against a concurrent state change
     * until the transaction ends, so a prerequisite cannot complete between our reading
     * it and our dependant becoming visible.
     */
    Map<UUID, TaskState> lockStates(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return states(this.jdbc.sql("select id, state from task_run where id in (:ids) order by id for share")
            .param("ids", ids));
    }

    /** Locks one task's row for a state change and returns its state, if it exists. */
    Optional<TaskState> lockForUpdate(UUID id) {
        return this.jdbc.sql("select state from task_run where id = :id for update")
            .param("id", id)
            .query((rs, row) -> TaskState.valueOf(rs.getString("state")))
            .optional();
    }

    /**
     * Marks a try as started and counts it; empty when the task is gone or no longer
     * runnable.
     */
    Optional<Started> start(UUID id, Instant now) {
        return this.jdbc.sql("""
                update task_run set state = 'RUNNING', attempts = attempts + 1, started_at = :now
                where id = :id and state in ('QUEUED', 'RUNNING')
                returning type, payload, attempts, max_attempts
                """)
            .param("id", id)
            .param("now", ts(now))
            .query((rs, row) -> new Started(rs.getString("type"), rs.getString("payload"), rs.getInt("attempts"),
                    rs.getInt("max_attempts")))
            .optional();
    }

    int attempts(UUID id) {
        return this.jdbc.sql("select attempts from task_run where id = :id")
            .param("id", id)
            .query(Integer.class)
            .optional()
            .orElse(0);
    }

    void progress(UUID id, int done, int total) {
        this.jdbc.sql("update task_run set progress_done = :done, progress_total = :total where id = :id")
            .param("id", id)
            .param("done", done)
            .param("total", total)
            .update();
    }

    void succeeded(UUID id, Instant now) {
        this.jdbc.sql("update task_run set state = 'SUCCEEDED', finished_at = :now where id = :id")
            .param("id", id)
            .param("now", ts(now))
            .update();
    }

    void retrying(UUID id, String error) {
        this.jdbc.sql("update task_run set state = 'QUEUED', last_error = :error where id = :id")
            .param("id", id)
            .param("error", error)
            .update();
    }

    void failed(UUID id, String error, Instant now) {
        this.jdbc.sql("update task_run set state = 'FAILED', last_error = :error, finished_at = :now where id = :id")
            .param("id", id)
            .param("error", error)
            .param("now", ts(now))
            .update();
    }

    void queued(UUID id) {
        this.jdbc.sql("update task_run set state = 'QUEUED', blocked_by = null, finished_at = null where id = :id")
            .param("id", id)
            .update();
    }

    /** Back in the queue for a fresh set of tries (staff asked for it). */
    void requeue(UUID id) {
        this.jdbc.sql("""
                update task_run set state = 'QUEUED', attempts = 0, last_error = null, finished_at = null,
                                    progress_done = null, progress_total = null
                where id = :id
                """).param("id", id).update();
    }

    void cancelled(UUID id, Instant now) {
        this.jdbc.sql("update task_run set state = 'CANCELLED', finished_at = :now where id = :id")
            .param("id", id)
            .param("now", ts(now))
            .update();
    }

    void block(UUID id, UUID cause, Instant now) {
        this.jdbc.sql("update task_run set state = 'BLOCKED', blocked_by = :cause, finished_at = :now where id = :id")
            .param("id", id)
            .param("cause", cause)
            .param("now", ts(now))
            .update();
    }

    /**
     * Blocks every waiting task downstream of {@code id}; each names the prerequisite
     * that stopped it.
     */
    int blockDependantsOf(UUID id, Instant now) {
        return this.jdbc
            .sql("""
                    with recursive downstream (id, cause) as (
                        select task_id, prerequisite_id from task_dependency where prerequisite_id = :id
                        union
                        select d.task_id, d.prerequisite_id from task_dependency d join downstream s on d.prerequisite_id = s.id
                    )
                    update task_run t set state = 'BLOCKED', blocked_by = s.cause, finished_at = :now
                    from downstream s where t.id = s.id and t.state = 'WAITING'
                    """)
            .param("id", id)
            .param("now", ts(now))
            .update();
    }

    /**
     * Lets the blocked tasks downstream of {@code id} wait again (it is being retried).
     */
    int unblockDependantsOf(UUID id) {
        return this.jdbc.sql("""
                with recursive downstream (id) as (
                    select task_id from task_dependency where prerequisite_id = :id
                    union
                    select d.task_id from task_dependency d join downstream s on d.prerequisite_id = s.id
                )
                update task_run t set state = 'WAITING', blocked_by = null, finished_at = null
                from downstream s where t.id = s.id and t.state = 'BLOCKED'
                """).param("id", id).update();
    }

    /**
     * The waiting direct dependants of a task, locked, in a fixed order so concurrent
     * completions cannot deadlock.
     */
    List<Dependant> lockWaitingDependants(UUID prerequisite) {
        return this.jdbc.sql("""
                select t.id, t.type, t.priority, t.not_before from task_run t
                join task_dependency d on d.task_id = t.id
                where d.prerequisite_id = :id and t.state = 'WAITING'
                order by t.id
                for update of t
                """)
            .param("id", prerequisite)
            .query((rs, row) -> new Dependant(rs.getObject("id", UUID.class), rs.getString("type"),
                    TaskPriority.of(rs.getInt("priority")), instant(rs, "not_before")))
            .list();
    }

    Map<UUID, TaskState> prerequisiteStates(UUID id) {
        return states(this.jdbc.sql("""
                select p.id, p.state from task_run p join task_dependency d on d.prerequisite_id = p.id
                where d.task_id = :id order by p.id
                """).param("id", id));
    }

    Optional<TaskStatus> status(UUID id) {
        return this.jdbc.sql("select * from task_run where id = :id")
            .param("id", id)
            .query((rs, row) -> status(rs))
            .optional();
    }

    /**
     * Deletes tasks that finished before {@code before}, except failed ones: those stay
     * until staff retry or cancel them.
     */
    public int deleteFinishedBefore(Instant before) {
        return this.jdbc.sql("delete from task_run where finished_at < :before and state <> 'FAILED'")
            .param("before", ts(before))
            .update();
    }

    Map<TaskPriority, Long> pendingByPriority() {
        var counts = new LinkedHashMap<TaskPriority, Long>();
        for (TaskPriority priority : TaskPriority.values()) {
            counts.put(priority, 0L);
        }
        this.jdbc
            .sql("select priority, count(*) as n from task_run where state in ('WAITING', 'QUEUED') group by priority")
            .query((rs, row) -> counts.merge(TaskPriority.of(rs.getInt("priority")), rs.getLong("n"), Long::sum))
            .list();
        return counts;
    }

    /**
     * db-scheduler's execution row of a one-time task, deleted in our transaction; false
     * if it changed meanwhile.
     */
    boolean removeExecution(String taskName, String instance, long version) {
        return this.jdbc.sql(
                "delete from scheduled_tasks where task_name = :name and task_instance = :instance and version = :version")
            .param("name", taskName)
            .param("instance", instance)
            .param("version", version)
            .update() == 1;
    }

    /**
     * Deletes a one-time task's execution unless a worker holds it; false if one does (or
     * there is none).
     */
    boolean removeUnpickedExecution(String taskName, String instance) {
        return this.jdbc
            .sql("delete from scheduled_tasks where task_name = :name and task_instance = :instance and not picked")
            .param("name", taskName)
            .param("instance", instance)
            .update() == 1;
    }

    /**
     * The same update as db-scheduler's own reschedule (release the lock, set the next
     * time, count the failure), done here so it commits together with our record of the
     * failure.
     */
    boolean rescheduleExecution(String taskName, String instance, long version, Instant next, Instant failedAt,
            int consecutiveFailures) {
        return this.jdbc.sql("""
                update scheduled_tasks
                set picked = false, picked_by = null, last_heartbeat = null, execution_time = :next,
                    last_failure = :failedAt, consecutive_failures = :failures, version = version + 1
                where task_name = :name and task_instance = :instance and version = :version
                """)
            .param("next", ts(next))
            .param("failedAt", ts(failedAt))
            .param("failures", consecutiveFailures)
            .param("name", taskName)
            .param("instance", instance)
            .param("version", version)
            .update() == 1;
    }

    void recurringStarted(String name, Instant now) {
        this.jdbc.sql("""
                insert into task_recurring_run (name, last_started_at) values (:name, :now)
                on conflict (name) do update set last_started_at = excluded.last_started_at
                """).param("name", name).param("now", ts(now)).update();
    }

    void recurringFinished(String name, boolean succeeded, String error, Instant now, long durationMillis) {
        this.jdbc.sql("""
                update task_recurring_run
                set last_finished_at = :now, last_outcome = :outcome, last_error = :error, last_duration_ms = :ms
                where name = :name
                """)
            .param("name", name)
            .param("now", ts(now))
            .param("outcome", succeeded ? "SUCCEEDED" : "FAILED")
            .param("error", error)
            .param("ms", durationMillis)
            .update();
    }

    /** Reads the ids and states a query selects, in its order. */
    private static Map<UUID, TaskState> states(JdbcClient.StatementSpec query) {
        var states = new LinkedHashMap<UUID, TaskState>();
        query.query((rs, row) -> states.put(rs.getObject("id", UUID.class), TaskState.valueOf(rs.getString("state"))))
            .list();
        return states;
    }

    static TaskStatus status(ResultSet rs) throws SQLException {
        return new TaskStatus(rs.getObject("id", UUID.class), rs.getString("type"),
                TaskPriority.of(rs.getInt("priority")), TaskState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                rs.getInt("max_attempts"), rs.getString("last_error"), rs.getObject("blocked_by", UUID.class),
                rs.getObject("progress_done", Integer.class), rs.getObject("progress_total", Integer.class),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    static OffsetDateTime ts(Instant instant) {
        return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return (value != null) ? value.toInstant() : null;
    }

    /** A task as a worker starts it. */
    record Started(String type, String payload, int attempt, int maxAttempts) {
    }

    /** A task that waits on a prerequisite. */
    record Dependant(UUID id, String type, TaskPriority priority, Instant notBefore) {
    }

}
