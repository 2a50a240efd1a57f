package br.jus.tjes.cariacica.tasks.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import br.jus.tjes.cariacica.tasks.RecurringTask;
import br.jus.tjes.cariacica.tasks.TaskPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping of one cadence: runs every {@link CleanupJob} of that cadence, each on its
 * own, and fails (to be shown to staff and logged) naming the jobs that failed, after the
 * others have run.
 */
class CleanupRun implements RecurringTask {

    private static final Logger log = LoggerFactory.getLogger(CleanupRun.class);

    private final String name;

    private final RecurringSchedule schedule;

    private final CleanupJob.Cadence cadence;

    private final Supplier<List<CleanupJob>> jobs;

    private final Clock clock;

    CleanupRun(String name, RecurringSchedule schedule, CleanupJob.Cadence cadence, Supplier<List<CleanupJob>> jobs,
            Clock clock) {
        this.name = name;
        this.schedule = schedule;
        this.cadence = cadence;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public String name() {
        return this.name;
    }

    @Override
    public RecurringSchedule schedule() {
        return this.schedule;
    }

    @Override
    public TaskPriority priority() {
        return TaskPriority.LOW;
    }

    @Override
    public void run() {
        var failed = new ArrayList<String>();
        for (CleanupJob job : this.jobs.get()) {
            if (job.cadence() != this.cadence) {
                continue;
            }
            try {
                long removed = job.cleanUp(this.clock.instant());
                log.info("Cleanup {}: {} row(s) removed", job.name(), removed);
            }
            catch (Exception ex) {
                log.warn("Cleanup {} failed", job.name(), ex);
                failed.add(job.name() + " (" + ex.getClass().getSimpleName() + ")");
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Limpezas com falha: " + String.join(", ", failed));
        }
    }

}
