package br.jus.tjes.cariacica.tasks.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.tasks.RecurringTask;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import com.github.kagkarlsson.scheduler.Clock;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.StringUtils;

/**
 * Everything one instance needs to enqueue and run tasks, assembled from the contributed
 * handlers and recurring tasks; {@link #newScheduler(String)} builds the db-scheduler
 * that runs them. Plain Java, so tests can start several instances on one database.
 */
public final class TaskEngine {

    private final TasksProperties properties;

    private final DataSource schedulerDataSource;

    private final ExecutionScheduling scheduling;

    private final TaskQueue queue;

    private final TaskStore store;

    private final List<Task<?>> oneTimeTasks;

    private final List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void>> recurringTasks;

    public TaskEngine(DataSource dataSource, PlatformTransactionManager transactionManager, TasksProperties properties,
            List<TaskHandler> handlers, List<RecurringTask> recurring, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        Map<String, TaskHandler> byType = byType(handlers, recurring);
        // db-scheduler takes and returns a pooled connection per statement (none is held
        // while idle); through
        // this proxy, statements issued inside a Spring transaction join it instead.
        this.schedulerDataSource = new TransactionAwareDataSourceProxy(dataSource);
        this.store = new TaskStore(dataSource);
        var metrics = new TaskMetrics(meters, this.store);
        this.scheduling = new ExecutionScheduling(clock);
        this.oneTimeTasks = new QueuedTaskExecution(byType, this.store, this.scheduling, properties.backoff(), metrics,
                transactionManager)
            .tasks();
        this.recurringTasks = new RecurringTaskExecution(recurring, this.store, this.scheduling, metrics,
                properties.zone())
            .tasks();
        this.scheduling.useClient(SchedulerClient.Builder.create(this.schedulerDataSource, allTasks())
            .jdbcCustomization(jdbcCustomization())
            .enablePriority()
            .build());
        this.queue = new TaskQueue(byType, this.store, this.scheduling, transactionManager);
    }

    public TaskQueue queue() {
        return this.queue;
    }

    public TaskStore store() {
        return this.store;
    }

    /**
     * The db-scheduler one-time tasks (one per handler type), for a scheduler built
     * elsewhere.
     */
    public List<Task<?>> oneTimeTasks() {
        return this.oneTimeTasks;
    }

    /**
     * The db-scheduler recurring tasks, to be given to a scheduler built elsewhere as its
     * start tasks.
     */
    public List<com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void>> recurringTasks() {
        return this.recurringTasks;
    }

    private List<Task<?>> allTasks() {
        var all = new ArrayList<>(this.oneTimeTasks);
        all.addAll(this.recurringTasks);
        return all;
    }

    public DataSource schedulerDataSource() {
        return this.schedulerDataSource;
    }

    /**
     * A scheduler configured from {@code court.tasks.*}: lock-and-fetch polling
     * ({@code FOR UPDATE SKIP LOCKED}, so one execution goes to one instance),
     * priorities, heartbeats; recurring tasks schedule themselves when it starts. Not
     * started.
     */
    public SchedulerBuilder newSchedulerBuilder(String name) {
        return Scheduler.create(this.schedulerDataSource, this.oneTimeTasks)
            .startTasks(this.recurringTasks)
            .schedulerName(new SchedulerName.Fixed(name))
            .jdbcCustomization(jdbcCustomization())
            .threads(this.properties.workers())
            .pollUsingLockAndFetch(0.5, 1.0)
            .enablePriority()
            .pollingInterval(this.properties.pollingInterval())
            .heartbeatInterval(this.properties.heartbeatInterval())
            .missedHeartbeatsLimit(this.properties.missedHeartbeats())
            // db-scheduler waits this long, interrupts the tasks still running, then
            // waits as long again.
            .shutdownMaxWait(this.properties.shutdownMaxWait().dividedBy(2));
    }

    public Scheduler newScheduler(String name) {
        return newSchedulerBuilder(name).build();
    }

    /**
     * Lets this instance's scheduler start tasks enqueued here at once, rather than at
     * its next poll.
     */
    public void wakeUp(Scheduler scheduler) {
        this.scheduling.wakeUp(scheduler);
    }

    public String instanceName() {
        if (StringUtils.hasText(this.properties.instanceName())) {
            return this.properties.instanceName();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            host = "localhost";
        }
        String name = host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
        return (name.length() > 50) ? name.substring(name.length() - 50) : name;
    }

    private static PostgreSqlJdbcCustomization jdbcCustomization() {
        return new PostgreSqlJdbcCustomization(false, true);
    }

    private static Map<String, TaskHandler> byType(List<TaskHandler> handlers, List<RecurringTask> recurring) {
        var byType = new LinkedHashMap<String, TaskHandler>();
        for (TaskHandler handler : handlers) {
            if (!StringUtils.hasText(handler.type()) || handler.maxAttempts() < 1) {
                throw new IllegalStateException("Invalid task handler " + handler.getClass().getName());
            }
            if (byType.put(handler.type(), handler) != null) {
                throw new IllegalStateException("Two task handlers for type " + handler.type());
            }
        }
        var names = new HashSet<String>();
        for (RecurringTask task : recurring) {
            if (!StringUtils.hasText(task.name()) || byType.containsKey(task.name()) || !names.add(task.name())) {
                throw new IllegalStateException("Recurring task name missing or used twice: " + task.name());
            }
        }
        return byType;
    }

}
