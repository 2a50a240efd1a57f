package br.jus.tjes.cariacica.tasks.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import br.jus.tjes.cariacica.tasks.TaskPriority;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code court.tasks.executions} (a timer: count and duration by {@code type} and
 * {@code outcome}: success, retry, failure) and {@code court.tasks.queue.depth} (tasks
 * waiting or queued, by {@code priority}, counted in the database across instances, at
 * most every {@link #REFRESH} on scrape).
 */
public final class TaskMetrics {

    static final Duration REFRESH = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(TaskMetrics.class);

    private final MeterRegistry registry;

    private final TaskStore store;

    private Map<TaskPriority, Long> depth = new EnumMap<>(TaskPriority.class);

    private Instant depthAt = Instant.EPOCH;

    public TaskMetrics(MeterRegistry registry, TaskStore store) {
        this.registry = registry;
        this.store = store;
        for (TaskPriority priority : TaskPriority.values()) {
            Gauge.builder("court.tasks.queue.depth", this, (metrics) -> metrics.depth(priority))
                .description("Background tasks waiting or queued")
                .tag("priority", priority.name())
                .register(registry);
        }
    }

    void executed(String type, String outcome, Duration took) {
        Timer.builder("court.tasks.executions")
            .description("Background task executions")
            .tag("type", type)
            .tag("outcome", outcome)
            .register(this.registry)
            .record(took);
    }

    private synchronized double depth(TaskPriority priority) {
        Instant now = Instant.now();
        if (this.depthAt.plus(REFRESH).isBefore(now)) {
            try {
                this.depth = new EnumMap<>(this.store.pendingByPriority());
                this.depthAt = now;
            }
            catch (RuntimeException ex) {
                log.warn("Could not count pending tasks: {}", ex.toString());
                return Double.NaN;
            }
        }
        return this.depth.getOrDefault(priority, 0L);
    }

}
