package br.jus.tjes.cariacica.assistant;

import br.jus.tjes.cariacica.tasks.CleanupJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assistant's retention rules, run by the background tasks' housekeeping. */
@Configuration(proxyBeanMethods = false)
class AssistantCleanupJobs {

    /**
     * Conversations untouched for longer than the retention (LGPD), daily. The retention
     * is read at each run: staff may have changed it since, on any instance.
     */
    @Bean
    CleanupJob oldConversations(AssistantMaintenance maintenance, RetentionSettings retention) {
        return CleanupJob.daily("conversas-antigas",
                (now) -> maintenance.eraseConversationsOlderThan(retention.retention()));
    }

    /** Rate-limit buckets that have refilled completely, hourly. */
    @Bean
    CleanupJob expiredRateLimitBuckets(AssistantMaintenance maintenance) {
        return CleanupJob.hourly("limites-do-assistente", (now) -> maintenance.removeExpiredRateLimitBuckets());
    }

}
