package br.jus.tjes.cariacica.content.internal;

import java.time.Duration;

import br.jus.tjes.cariacica.tasks.CleanupJob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HearingImportConfiguration {

    /**
     * An unconfirmed preview is worth a day; a finished import's staged lines, three
     * months of hindsight.
     */
    @Bean
    CleanupJob hearingImportCleanup(StagedImports imports) {
        return CleanupJob.daily("importacoes-de-pauta",
                (now) -> imports.deleteOld(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(90))));
    }

}
