package br.jus.tjes.cariacica.tasks.site;

import java.time.Clock;

import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import br.jus.tjes.cariacica.tasks.RecurringTask;
import br.jus.tjes.cariacica.tasks.SiteTasks;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import br.jus.tjes.cariacica.tasks.internal.TaskEngine;
import br.jus.tjes.cariacica.tasks.internal.TasksProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The site's own tasks: the daily and hourly housekeeping that run the contributed
 * {@link CleanupJob}s, the content chains of {@link SiteTasks}, the page cache eviction,
 * and the pruning of our own task history.
 */
@Configuration(proxyBeanMethods = false)
class SiteTasksConfiguration {

    static final String DAILY_CLEANUP = "limpeza-diaria";
    static final String HOURLY_CLEANUP = "limpeza-horaria";

    @Bean
    SiteTasks siteTasks(BackgroundTasks tasks) {
        return new DefaultSiteTasks(tasks);
    }

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

    @Bean
    TaskHandler evictPageCaches(ObjectProvider<CacheManager> cacheManagers) {
        return new EvictPageCaches(() -> cacheManagers.orderedStream().toList());
    }

}
