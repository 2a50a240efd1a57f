package br.jus.tjes.cariacica.tasks.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import br.jus.tjes.cariacica.tasks.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Housekeeping of one cadence (at the default {@code LOW} priority): runs every
 * {@link CleanupJob} of that cadence, each on its own, and fails (to be shown to staff
 * and logged) naming the jobs that failed, after the others have run.
 *
 * @param name the recurring task's name
 * @param schedule when it runs
 * @param cadence the jobs it runs
 * @param jobs every contributed job, looked up at each run
 * @param clock the time the jobs are given as now
 */
record CleanupRun(String name, RecurringSchedule schedule, CleanupJob.Cadence cadence, Supplier<List<CleanupJob>> jobs,
        Clock clock) implements RecurringTask {

    private static final Logger log = LoggerFactory.getLogger(CleanupRun.class);

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
