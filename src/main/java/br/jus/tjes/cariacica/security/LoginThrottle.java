package br.jus.tjes.cariacica.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttles of failed logins, after the OWASP Authentication Cheat Sheet, counted in
 * PostgreSQL (table {@code login_failure}) so every instance sees the same counts:
 * <ul>
 * <li>an account from one address: {@code maxFailures} attempts within {@code window}
 * block that address for that account for {@code lockDuration};</li>
 * <li>one address, any account: {@code maxFailuresPerAddress} attempts block the
 * address;</li>
 * <li>an account from anywhere: beyond {@code maxFailures} attempts the account is only
 * slowed down, never locked. An address that already failed for it gets one password
 * check per growing delay (1 s, 2 s, 4 s… up to {@code lockDuration}) shared by all such
 * addresses; an address without failures for it always gets its password checked, so an
 * attacker elsewhere cannot keep the owner out.</li>
 * </ul>
 * Every attempt is counted by one upsert before its password is checked, and a success
 * takes its count back: a parallel burst is counted exactly, and only the attempts the
 * counts allow reach the password hash. IPv6 addresses count by their /64
 * ({@link ClientAddress}).
 */
public final class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(1);

    private static final int CLEANUP_BATCH = 1_000;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int maxFailures;

    private final int maxFailuresPerAddress;

    private final Duration window;

    private final Duration lockDuration;

    LoginThrottle(DataSource dataSource, Clock clock, SecurityProperties.Login settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.maxFailures = settings.maxFailures();
        this.maxFailuresPerAddress = settings.maxFailuresPerAddress();
        this.window = settings.window();
        this.lockDuration = settings.lockDuration();
    }

    /**
     * Counts an attempt, before its password is checked, and says whether the password
     * may be checked at all.
     * @param username the name typed
     * @param address the client address, null when unknown
     * @return whether to check the password, and whether a wrong one blocks something
     */
    Attempt begin(String username, String address) {
        var keys = new Keys(username, address);
        Instant now = this.clock.instant();
        Map<String, Count> counts = new HashMap<>();
        this.jdbc
            .sql("""
                    insert into login_failure as f (key, failures, window_start, lock_at, locked_until)
                    values (:pair, 1, :now, :pairLimit, :pairFirstLock),
                           (:address, 1, :now, :addressLimit, :addressFirstLock),
                           (:account, 1, :now, null, null)
                    on conflict (key) do update set
                        failures = case when f.locked_until <= :now or (f.locked_until is null and f.window_start <= :cutoff)
                            then 1 else f.failures + 1 end,
                        window_start = case when f.locked_until <= :now
                                or (f.locked_until is null and f.window_start <= :cutoff)
                            then :now else f.window_start end,
                        admitted_at = case when f.locked_until <= :now
                                or (f.locked_until is null and f.window_start <= :cutoff)
                            then null else f.admitted_at end,
                        lock_at = excluded.lock_at,
                        locked_until = case
                            when f.locked_until > :now then f.locked_until
                            when excluded.lock_at is null then null
                            when f.locked_until is null and f.window_start > :cutoff
                                and f.failures + 1 >= excluded.lock_at then :until
                            when excluded.lock_at <= 1 then :until
                            else null end
                    returning key, failures, locked_until
                    """)
            .param("pair", keys.pair())
            .param("address", keys.address())
            .param("account", keys.account())
            .param("now", time(now))
            .param("cutoff", time(now.minus(this.window)))
            .param("until", time(now.plus(this.lockDuration)))
            .param("pairLimit", this.maxFailures)
            .param("addressLimit", this.maxFailuresPerAddress)
            .param("pairFirstLock", (this.maxFailures <= 1) ? time(now.plus(this.lockDuration)) : null)
            .param("addressFirstLock", (this.maxFailuresPerAddress <= 1) ? time(now.plus(this.lockDuration)) : null)
            .query((rs, row) -> counts.put(rs.getString("key"),
                    new Count(rs.getInt("failures"), rs.getObject("locked_until", OffsetDateTime.class))))
            .list();
        Count pair = counts.get(keys.pair());
        Count byAddress = counts.get(keys.address());
        Count account = counts.get(keys.account());
        if (pair.isBlocked(this.maxFailures, now) || byAddress.isBlocked(this.maxFailuresPerAddress, now)) {
            return Attempt.REFUSED;
        }
        // Attempt n of this pair: n - 1 earlier ones failed (a success would have taken
        // its
        // own back).
        boolean addressFailedBefore = pair.failures() > 1;
        if (addressFailedBefore && account.failures() > this.maxFailures
                && !passSlowdown(keys.account(), now, account.failures())) {
            return Attempt.SLOWED;
        }
        boolean blocksOnFailure = pair.failures() == this.maxFailures
                || byAddress.failures() == this.maxFailuresPerAddress;
        return new Attempt(true, blocksOnFailure, false);
    }

    /**
     * The password was right: the attempt's counts are taken back, and the account's and
     * this pair's earlier failures forgotten (not the address's: many people share one).
     * Separate statements, in the order {@link #begin} locks the rows, so no deadlock.
     * @param username the name typed
     * @param address the client address, null when unknown
     */
    void succeeded(String username, String address) {
        var keys = new Keys(username, address);
        this.jdbc.sql("delete from login_failure where key = :key").param("key", keys.pair()).update();
        int deleted = this.jdbc.sql("delete from login_failure where key = :key and failures <= 1")
            .param("key", keys.address())
            .update();
        if (deleted == 0) {
            this.jdbc.sql("""
                    update login_failure set failures = failures - 1,
                        locked_until = case when failures - 1 < lock_at then null else locked_until end
                    where key = :key and failures > 0
                    """).param("key", keys.address()).update();
        }
        this.jdbc.sql("delete from login_failure where key = :key").param("key", keys.account()).update();
    }

    /**
     * How many attempts this key has in its current window (0 without a row); for tests
     * and the operators.
     * @param key a key as {@code begin} writes it
     * @return the count
     */
    int countOf(String key) {
        return this.jdbc.sql("select coalesce(max(failures), 0) from login_failure where key = :key")
            .param("key", key)
            .query(Integer.class)
            .single();
    }

    /**
     * Deletes the rows whose window and block are over (they say nothing a missing row
     * would not), in batches; for the hourly clean-up.
     * @return how many rows went
     */
    public int removeExpired() {
        Instant now = this.clock.instant();
        int total = 0;
        int removed;
        do {
            removed = this.jdbc.sql("""
                    delete from login_failure where key in (
                        select key from login_failure
                        where (locked_until is null and window_start <= :cutoff) or locked_until <= :now
                        limit :batch for update skip locked)
                    """)
                .param("now", time(now))
                .param("cutoff", time(now.minus(this.window)))
                .param("batch", CLEANUP_BATCH)
                .update();
            total += removed;
        }
        while (removed >= CLEANUP_BATCH);
        return total;
    }

    /**
     * One password check per delay for all the addresses that already failed for this
     * account: the delay doubles with every attempt beyond {@code maxFailures}.
     */
    private boolean passSlowdown(String accountKey, Instant now, int accountAttempts) {
        int doublings = Math.min(accountAttempts - this.maxFailures - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        if (delay.compareTo(this.lockDuration) > 0) {
            delay = this.lockDuration;
        }
        return this.jdbc.sql("""
                update login_failure set admitted_at = :now
                where key = :key and (admitted_at is null or admitted_at <= :earliest)
                """)
            .param("key", accountKey)
            .param("now", time(now))
            .param("earliest", time(now.minus(delay)))
            .update() > 0;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String accountKey(String username) {
        String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
        return (name.length() > 150) ? name.substring(0, 150) : name;
    }

    /**
     * What {@link #begin} decided.
     *
     * @param admitted whether the password may be checked
     * @param blocksOnFailure whether a wrong password now blocks the pair or the address
     * @param slowed refused by the account's slowdown (not a block)
     */
    record Attempt(boolean admitted, boolean blocksOnFailure, boolean slowed) {

        static final Attempt REFUSED = new Attempt(false, false, false);

        static final Attempt SLOWED = new Attempt(false, false, true);

    }

    /** The three rows an attempt counts in. */
    private record Keys(String pair, String address, String account) {

        Keys(String username, String address) {
            this("par:" + ClientAddress.key(address) + " " + accountKey(username), "ip:" + ClientAddress.key(address),
                    "conta:" + accountKey(username));
        }

    }

    private record Count(int failures, OffsetDateTime lockedUntil) {

        /**
         * Blocked before this attempt: the attempt that reached the limit set the block.
         */
        boolean isBlocked(int limit, Instant now) {
            return this.failures > limit && this.lockedUntil != null && this.lockedUntil.toInstant().isAfter(now);
        }

    }

}
