package br.jus.tjes.cariacica.tasks.internal;

import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.tasks.BackgroundTasks;
import br.jus.tjes.cariacica.tasks.RecurringTask;
import br.jus.tjes.cariacica.tasks.TaskHandler;
import br.jus.tjes.cariacica.tasks.TaskRequest;
import br.jus.tjes.cariacica.tasks.TaskStatus;
import com.github.kagkarlsson.scheduler.SystemClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * db-scheduler on the application's DataSource and transaction manager, configured here
 * rather than by its Spring Boot starter (which targets Boot 3). The scheduler starts
 * once the context is refreshed and stops first on shutdown, waiting for running tasks up
 * to {@code court.tasks.shutdown-max-wait}.
 */
@Configuration(proxyBeanMethods = false)
class TasksConfiguration {

    @Bean
    TaskEngine taskEngine(DataSource dataSource, PlatformTransactionManager transactionManager,
            TasksProperties properties, ObjectProvider<TaskHandler> handlers, ObjectProvider<RecurringTask> recurring,
            ObjectProvider<MeterRegistry> meters) {
        return new TaskEngine(dataSource, transactionManager, properties, handlers.orderedStream().toList(),
                recurring.orderedStream().toList(), meters.getIfAvailable(SimpleMeterRegistry::new), new SystemClock());
    }

    /**
     * Looks the engine up on first use, so a handler may itself enqueue tasks (the engine
     * needs every handler).
     */
    @Bean
    BackgroundTasks backgroundTasks(ObjectProvider<TaskEngine> engine) {
        return new BackgroundTasks() {
            @Override
            public UUID enqueue(TaskRequest request) {
                return engine.getObject().queue().enqueue(request);
            }

            @Override
            public Optional<TaskStatus> status(UUID id) {
                return engine.getObject().queue().status(id);
            }
        };
    }

    @Bean
    SchedulerLifecycle taskSchedulerLifecycle(TaskEngine engine, TasksProperties properties) {
        return new SchedulerLifecycle(engine, properties.enabled());
    }

}
