package br.jus.tjes.cariacica.ops.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import br.jus.tjes.cariacica.ops.requests.RecentTraffic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * Everything the operations dashboard shows, read when the page is asked for: the health
 * checks (each answers from its own cache where it is slow), the request window, and
 * Micrometer's meters. {@code null} parts are shown as "não disponível".
 */
@Component
class OperationsReport {

    static final String BREAKER_STATE_METER = "resilience4j.circuitbreaker.state";
    static final String ASSISTANT_METER_PREFIX = "court.assistant.";
    static final String ASSISTANT_MODE_TAG = "mode";

    private final HealthContributorRegistry health;

    private final MeterRegistry meters;

    private final RecentTraffic traffic;

    OperationsReport(HealthContributorRegistry health, MeterRegistry meters, RecentTraffic traffic) {
        this.health = health;
        this.meters = meters;
        this.traffic = traffic;
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        this.health.stream().forEach((entry) -> collect(entry.name(), entry.contributor(), checks));
        return checks;
    }

    private static void collect(String name, HealthContributor contributor, List<Check> into) {
        if (contributor instanceof HealthIndicator indicator) {
            Health result;
            try {
                result = indicator.health(true);
            }
            catch (RuntimeException ex) {
                result = Health.down().withDetail("error", ex.getClass().getName()).build();
            }
            Map<String, String> details = new LinkedHashMap<>();
            result.getDetails().forEach((key, value) -> details.put(key, String.valueOf(value)));
            into.add(new Check(name, result.getStatus().getCode(), details));
        }
        else if (contributor instanceof CompositeHealthContributor composite) {
            composite.stream().forEach((child) -> collect(name + "/" + child.name(), child.contributor(), into));
        }
    }

    Traffic traffic() {
        var window = this.traffic.window();
        Timer latency = this.meters.find("court.requests").timer();
        Double p95 = null;
        Double p99 = null;
        if (latency != null) {
            for (var percentile : latency.takeSnapshot().percentileValues()) {
                double millis = percentile.value(TimeUnit.MILLISECONDS);
                if (percentile.percentile() == 0.95) {
                    p95 = millis;
                }
                else if (percentile.percentile() == 0.99) {
                    p99 = millis;
                }
            }
        }
        Counter slow = this.meters.find("court.requests.slow").counter();
        return new Traffic(RecentTraffic.MINUTES, window.requests(), window.requestsPerSecond(),
                window.serverErrorRatio() * 100, window.clientErrorRatio() * 100, p95, p99,
                (slow != null) ? (long) slow.count() : 0);
    }

    /** The Hikari pools' gauges; {@code null} when there is no pool to read. */
    List<Pool> pools() {
        List<Pool> pools = new ArrayList<>();
        for (Gauge max : this.meters.find("hikaricp.connections.max").gauges()) {
            String pool = max.getId().getTag("pool");
            pools.add(
                    new Pool(pool, gauge("hikaricp.connections.active", pool), gauge("hikaricp.connections.idle", pool),
                            gauge("hikaricp.connections.pending", pool), (long) max.value()));
        }
        return pools.isEmpty() ? null : pools;
    }

    private long gauge(String name, String pool) {
        Gauge gauge = this.meters.find(name).tag("pool", pool).gauge();
        return (gauge != null) ? (long) gauge.value() : 0;
    }

    /**
     * The breakers' states from Resilience4j's meters; {@code null} when there are none.
     */
    List<Breaker> breakers() {
        Map<String, String> states = new TreeMap<>();
        for (Gauge gauge : this.meters.find(BREAKER_STATE_METER).gauges()) {
            if (gauge.value() >= 1) {
                states.put(gauge.getId().getTag("name"), String.valueOf(gauge.getId().getTag("state")).toUpperCase());
            }
        }
        if (states.isEmpty()) {
            return null;
        }
        List<Breaker> result = new ArrayList<>();
        states.forEach((name, state) -> result.add(new Breaker(name, state)));
        return result;
    }

    /**
     * The assistant's answers by mode (its counters tagged {@code mode}); {@code null}
     * before it has any.
     */
    Map<String, Long> assistantModes() {
        Map<String, Long> modes = new TreeMap<>();
        for (Meter meter : this.meters.getMeters()) {
            String mode = meter.getId().getTag(ASSISTANT_MODE_TAG);
            if (mode != null && meter.getId().getName().startsWith(ASSISTANT_METER_PREFIX)
                    && meter instanceof Counter counter) {
                modes.merge(mode, (long) counter.count(), Long::sum);
            }
        }
        return modes.isEmpty() ? null : modes;
    }

    record Breaker(String name, String state) {
    }

    record Check(String name, String status, Map<String, String> details) {

        public boolean up() {
            return "UP".equals(this.status);
        }
    }

    record Traffic(int minutes, long requests, double requestsPerSecond, double serverErrorPercent,
            double clientErrorPercent, Double p95Millis, Double p99Millis, long slowTotal) {
    }

    record Pool(String name, long active, long idle, long pending, long max) {

        public long usagePercent() {
            return (this.max == 0) ? 0 : Math.round(100.0 * this.active / this.max);
        }
    }

}
