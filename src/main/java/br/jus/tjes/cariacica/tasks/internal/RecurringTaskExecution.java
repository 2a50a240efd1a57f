package br.jus.tjes.cariacica.tasks.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the contributed {@link br.jus.tjes.cariacica.tasks.RecurringTask}s as db-scheduler
 * recurring tasks: one execution row each, created on first start and moved to the next
 * time after every run, so schedules survive restarts and a run happens on one instance
 * only. The last outcome and error go to {@code task_recurring_run}.
 */
final class RecurringTaskExecution {

    private static final Logger log = LoggerFactory.getLogger(RecurringTaskExecution.class);

    private final List<br.jus.tjes.cariacica.tasks.RecurringTask> recurring;

    private final TaskStore store;

    private final ExecutionScheduling scheduling;

    private final TaskMetrics metrics;

    private final ZoneId zone;

    RecurringTaskExecution(List<br.jus.tjes.cariacica.tasks.RecurringTask> recurring, TaskStore store,
            ExecutionScheduling scheduling, TaskMetrics metrics, ZoneId zone) {
        this.recurring = recurring;
        this.store = store;
        this.scheduling = scheduling;
        this.metrics = metrics;
        this.zone = zone;
    }

    /**
     * The db-scheduler tasks, to be given to the scheduler as start tasks (they schedule
     * themselves).
     */
    List<RecurringTask<Void>> tasks() {
        return this.recurring.stream().map(this::task).toList();
    }

    private RecurringTask<Void> task(br.jus.tjes.cariacica.tasks.RecurringTask definition) {
        return Tasks.recurring(definition.name(), schedule(definition.schedule()))
            .defaultPriority(definition.priority().value())
            .execute((instance, context) -> run(definition));
    }

    private void run(br.jus.tjes.cariacica.tasks.RecurringTask definition) {
        var started = this.scheduling.now();
        this.store.recurringStarted(definition.name(), started);
        try {
            definition.run();
        }
        catch (Exception ex) {
            finish(definition, false, QueuedTaskExecution.describe(ex), started);
            // db-scheduler records the failure and moves the execution to the next
            // scheduled time.
            throw new IllegalStateException("Recurring task " + definition.name() + " failed", ex);
        }
        finish(definition, true, null, started);
    }

    private void finish(br.jus.tjes.cariacica.tasks.RecurringTask definition, boolean succeeded, String error,
            Instant started) {
        var now = this.scheduling.now();
        var took = Duration.between(started, now);
        try {
            this.store.recurringFinished(definition.name(), succeeded, error, now, took.toMillis());
        }
        catch (RuntimeException ex) {
            log.warn("Could not record the run of {}: {}", definition.name(), ex.toString());
        }
        this.metrics.executed(definition.name(), succeeded ? "success" : "failure", took);
    }

    Schedule schedule(RecurringSchedule schedule) {
        return (schedule.cron() != null) ? Schedules.cron(schedule.cron(), this.zone)
                : Schedules.fixedDelay(schedule.fixedDelay());
    }

}
