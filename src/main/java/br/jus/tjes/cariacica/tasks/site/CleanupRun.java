package br.jus.tjes.cariacica.tasks.site;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import br.jus.tjes.cariacica.tasks.RecurringTask;
import br.jus.tjes.cariacica.tasks.TaskPriority;

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
        return name;
    }

    @Override
    public RecurringSchedule schedule() {
        return schedule;
    }

    @Override
    public TaskPriority priority() {
        return TaskPriority.LOW;
    }

    @Override
    public void run() {
        var failed = new ArrayList<String>();
        for (CleanupJob job : jobs.get()) {
            if (job.cadence() != cadence) {
                continue;
            }
            try {
                long removed = job.cleanUp(clock.instant());
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
