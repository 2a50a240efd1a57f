package br.jus.tjes.cariacica.audit;

import br.jus.tjes.cariacica.tasks.CleanupJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /**
     * Daily, by the background tasks: the one path by which events leave the trail, once
     * past their retention.
     */
    @Bean
    CleanupJob auditRetention(AuditLog audit, AuditProperties properties) {
        return CleanupJob.daily("auditoria-antiga", (now) -> audit.deleteOlderThan(now.minus(properties.retention())));
    }

}
