package br.jus.tjes.cariacica.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts failed logins in Bucket4j token buckets kept in PostgreSQL (table
 * {@code login_throttle_bucket}), one for the account and one for the client address, so
 * every instance sees the same count. A bucket holds {@code maxFailures} tokens refilled
 * every {@code window}; a failure takes one. The failure that takes the last token locks
 * the key: its bucket is replaced by an empty one that refills only after
 * {@code lockDuration}.
 */
public final class LoginThrottle {

    private static final int CLEANUP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int maxFailures;

    private final Duration window;

    private final Duration lockDuration;

    LoginThrottle(DataSource dataSource, Clock clock, int maxFailures, Duration window, Duration lockDuration) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("login_throttle_bucket")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .clientClock(new ClockTimeMeter(clock))
            // A row may go once its bucket is full again: it then says nothing a fresh
            // bucket would not.
            .expirationAfterWrite(
                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
            .build();
    }

    /**
     * Deletes the buckets that have expired (full again, so equivalent to none) and
     * placeholder rows without a state that nobody holds locked, in batches; returns how
     * many. For the background-task engine: run it every hour or so.
     */
    public int removeExpired() {
        // Bucket4j's own removeExpired reads System.currentTimeMillis(), not the clock
        // the buckets are kept by.
        long now = this.clock.millis();
        int total = 0;
        int removed;
        do {
            removed = this.jdbc.sql("""
                    delete from login_throttle_bucket where id in (
                        select id from login_throttle_bucket where expires_at < :now or state is null
                        limit :batch for update skip locked)
                    """).param("now", now).param("batch", CLEANUP_BATCH).update();
            total += removed;
        }
        while (removed >= CLEANUP_BATCH);
        return total;
    }

    /**
     * Whether the account or the address is locked now (no check of the password happens
     * then).
     */
    boolean isLocked(String username, String address) {
        return isLocked(accountKey(username)) || (address != null && isLocked(addressKey(address)));
    }

    /**
     * Counts one failure for the account and the address; returns whether this failure
     * locked either.
     */
    boolean recordFailure(String username, String address) {
        boolean locked = recordFailure(accountKey(username));
        if (address != null) {
            locked |= recordFailure(addressKey(address));
        }
        return locked;
    }

    /**
     * A successful login forgets the account's earlier failures (not the address's: many
     * people share one).
     */
    void recordSuccess(String username) {
        this.buckets.removeProxy(accountKey(username));
    }

    private boolean isLocked(String key) {
        // A plain read first: a key without failures has no bucket, and checking it must
        // not create one (Bucket4j
        // would insert a placeholder row even to read the configuration).
        boolean hasBucket = this.jdbc
            .sql("select count(*) from login_throttle_bucket where id = :id and state is not null")
            .param("id", key)
            .query(Long.class)
            .single() > 0;
        return hasBucket && this.buckets.builder().build(key, this::counting).getAvailableTokens() <= 0;
    }

    private boolean recordFailure(String key) {
        var probe = this.buckets.builder().build(key, this::counting).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && probe.getRemainingTokens() > 0) {
            return false;
        }
        lock(key);
        return probe.isConsumed();
    }

    private void lock(String key) {
        var unlockAt = this.clock.instant().plus(this.lockDuration);
        var locked = BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                .capacity(this.maxFailures)
                .refillIntervallyAligned(this.maxFailures, this.lockDuration, unlockAt)
                .initialTokens(0)
                .build())
            .build();
        this.buckets.removeProxy(key);
        this.buckets.builder().build(key, () -> locked).getAvailableTokens();
    }

    private BucketConfiguration counting() {
        return BucketConfiguration.builder()
            .addLimit(Bandwidth.builder()
                .capacity(this.maxFailures)
                .refillIntervally(this.maxFailures, this.window)
                .build())
            .build();
    }

    private static String accountKey(String username) {
        String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
        return "conta:" + ((name.length() > 150) ? name.substring(0, 150) : name);
    }

    private static String addressKey(String address) {
        return "ip:" + ((address.length() > 64) ? address.substring(0, 64) : address);
    }

    /**
     * Bucket4j's time from a {@link Clock}, so a test can move time forward instead of
     * waiting.
     */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return this.clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }

}
