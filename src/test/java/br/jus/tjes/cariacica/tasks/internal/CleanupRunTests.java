package br.jus.tjes.cariacica.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import br.jus.tjes.cariacica.tasks.CleanupJob;
import br.jus.tjes.cariacica.tasks.RecurringSchedule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanupRunTests {

    private static final Instant NOW = Instant.parse("2026-11-28T06:00:00Z");

    @Test
    void hourlyHousekeepingRunsEveryHourlyJobEvenAfterOneFailsThenReportsTheFailedOnes() {
        var calls = new ArrayList<String>();
        List<CleanupJob> jobs = List.of(CleanupJob.hourly("baldes-expirados", (now) -> {
            calls.add("baldes@" + now);
            return 3;
        }), CleanupJob.hourly("auditoria-antiga", (now) -> {
            throw new IllegalStateException("tabela travada");
        }), CleanupJob.daily("conversas-antigas", (now) -> {
            calls.add("conversas");
            return 1;
        }), CleanupJob.hourly("outra", (now) -> {
            calls.add("outra");
            return 0;
        }));
        var run = new CleanupRun("limpeza-horaria", RecurringSchedule.hourlyAt(15), CleanupJob.Cadence.HOURLY,
                () -> jobs, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(run::run).hasMessage("Limpezas com falha: auditoria-antiga (IllegalStateException)");
        assertThat(calls).containsExactly("baldes@" + NOW, "outra");
    }

    @Test
    void schedulesAreSpringCronExpressions() {
        assertThat(RecurringSchedule.hourlyAt(15).cron()).isEqualTo("0 15 * * * *");
        assertThat(RecurringSchedule.dailyAt(java.time.LocalTime.of(3, 0)).cron()).isEqualTo("0 0 3 * * *");
    }

}
