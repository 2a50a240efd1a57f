package br.jus.tjes.cariacica.assistant.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import br.jus.tjes.cariacica.assistant.AssistantProperties;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.stereotype.Component;

/**
 * Chat messages per client address per minute, in PostgreSQL so the limit holds across
 * instances. The address is the connection's, or the one a trusted proxy set (Tomcat's
 * RemoteIpValve has already applied {@code server.tomcat.remoteip.internal-proxies} to
 * {@code getRemoteAddr()}).
 */
@Component
public class ChatRateLimiter {

    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    private final BucketConfiguration configuration;

    private final int limit;

    ChatRateLimiter(DataSource dataSource, AssistantProperties properties) {
        this.limit = properties.rateLimit().requestsPerMinute();
        this.configuration = BucketConfiguration.builder()
            .addLimit((bandwidth) -> bandwidth.capacity(this.limit).refillIntervally(this.limit, Duration.ofMinutes(1)))
            .build();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("assistant_rate_limit_bucket")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                    ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
            .build();
    }

    /** Takes one chat message from this address's allowance. */
    Decision tryConsume(String clientAddress) {
        String key = (clientAddress.length() > 64) ? clientAddress.substring(0, 64) : clientAddress;
        var probe = this.buckets.builder().build(key, () -> this.configuration).tryConsumeAndReturnRemaining(1);
        long resetSeconds = Math.max(1, seconds(probe.getNanosToWaitForReset()));
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        return new Decision(probe.isConsumed(), this.limit, probe.getRemainingTokens(), resetSeconds, retryAfter);
    }

    /** Removes buckets that have refilled completely; returns how many. */
    public int removeExpiredBuckets() {
        int removed = 0;
        int batch;
        do {
            batch = this.buckets.removeExpired(CLEANUP_BATCH);
            removed += batch;
        }
        while (batch == CLEANUP_BATCH);
        return removed;
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    /**
     * The outcome of one consumption, with the figures of the rate-limit headers.
     *
     * @param allowed whether this message may go through
     * @param limit messages per minute
     * @param remaining what is left in the current window
     * @param resetSeconds when the allowance is full again
     * @param retryAfterSeconds when the next message would be allowed
     */
    record Decision(boolean allowed, int limit, long remaining, long resetSeconds, long retryAfterSeconds) {

        /** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers). */
        String rateLimitHeader() {
            return "\"chat\";r=" + this.remaining + ";t=" + this.resetSeconds;
        }

        String rateLimitPolicyHeader() {
            return "\"chat\";q=" + this.limit + ";w=60";
        }
    }

}
