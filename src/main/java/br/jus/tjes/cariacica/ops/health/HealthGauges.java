package br.jus.tjes.cariacica.ops.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;

/**
 * Each health check as a gauge {@code health.check.status{check=...}} (Prometheus:
 * {@code health_check_status}): 1 for UP, 0 for DOWN and OUT_OF_SERVICE, 0.5 for any
 * other status (DEGRADED, UNKNOWN). Read on every scrape; the slow checks answer from
 * their own cache.
 */
class HealthGauges implements SmartInitializingSingleton {

    static final String METER = "health.check.status";

    private final HealthContributorRegistry contributors;

    private final MeterRegistry meters;

    HealthGauges(HealthContributorRegistry contributors, MeterRegistry meters) {
        this.contributors = contributors;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        this.contributors.stream().forEach((entry) -> register(entry.name(), entry.contributor()));
    }

    private void register(String name, HealthContributor contributor) {
        if (contributor instanceof HealthIndicator indicator) {
            Gauge.builder(METER, indicator, HealthGauges::value)
                .tag("check", name)
                .description("Health check status: 1 up, 0.5 degraded or unknown, 0 down")
                .strongReference(true)
                .register(this.meters);
        }
        else if (contributor instanceof CompositeHealthContributor composite) {
            composite.stream().forEach((child) -> register(name + "/" + child.name(), child.contributor()));
        }
    }

    static double value(HealthIndicator indicator) {
        try {
            Status status = indicator.health(false).getStatus();
            if (Status.UP.equals(status)) {
                return 1;
            }
            if (Status.DOWN.equals(status) || Status.OUT_OF_SERVICE.equals(status)) {
                return 0;
            }
            return 0.5;
        }
        catch (RuntimeException ex) {
            return 0;
        }
    }

}
