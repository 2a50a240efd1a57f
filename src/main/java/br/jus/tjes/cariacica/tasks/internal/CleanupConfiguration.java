package br.jus.tjes.cariacica.tasks.internal;

import java.time.Clock;

import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import br.jus.tjes.cariacica.tasks.RecurringTask;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The housekeeping the engine offers every module: the daily and hourly recurring tasks
 * that run the contributed {@link CleanupJob}s, and the pruning of our own task history.
 * The modules' own tasks (a hearing import, the search refresh, the page cache eviction)
 * are {@code TaskHandler} beans of those modules.
 */
@Configuration(proxyBeanMethods = false)
class CleanupConfiguration {

    static final String DAILY_CLEANUP = "limpeza-diaria";
    static final String HOURLY_CLEANUP = "limpeza-horaria";

    @Bean
    RecurringTask dailyCleanup(ObjectProvider<CleanupJob> jobs, TasksProperties properties, Clock clock) {
        return new CleanupRun(DAILY_CLEANUP, RecurringSchedule.dailyAt(properties.cleanup().dailyAt()),
                CleanupJob.Cadence.DAILY, () -> jobs.orderedStream().toList(), clock);
    }

    @Bean
    RecurringTask hourlyCleanup(ObjectProvider<CleanupJob> jobs, TasksProperties properties, Clock clock) {
        return new CleanupRun(HOURLY_CLEANUP, RecurringSchedule.hourlyAt(properties.cleanup().hourlyAtMinute()),
                CleanupJob.Cadence.HOURLY, () -> jobs.orderedStream().toList(), clock);
    }

    /**
     * Finished tasks leave the staff page (and the table) after
     * {@code court.tasks.history-retention}.
     */
    @Bean
    CleanupJob taskHistoryCleanup(ObjectProvider<TaskEngine> engine, TasksProperties properties) {
        return CleanupJob.daily("historico-de-tarefas",
                (now) -> engine.getObject().store().deleteFinishedBefore(now.minus(properties.historyRetention())));
    }

}
