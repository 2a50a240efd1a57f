package br.jus.tjes.cariacica.assistant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import br.jus.tjes.cariacica.time.CourtTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily cap on what the assistant spends at OpenAI, shared by every instance through
 * PostgreSQL. Each call first reserves one request with a single atomic upsert that
 * refuses once the day's requests or tokens are spent, so a burst across instances can
 * never pass the request limit; the tokens the reply reports are added after it, by the
 * statement that stores the answer ({@link #SPEND}), on the day it is stored. The token
 * limit can therefore be passed by the calls already in flight when it is reached (at
 * most one reply each), and a reply whose answer could not be stored is not counted. Days
 * are the court's local days. When the database cannot be asked, nothing is sent:
 * spending fails closed.
 */
@Component
class SpendingBudget {

    /** The fallback reason stored and counted when the day's budget is spent. */
    static final String SPENT = "budget";

    /**
     * Adds an answer's tokens ({@code :spentTokens}) to a day ({@code :spentOn}), as a
     * common table expression of the statement that stores the answer
     * ({@link ChatStatements#answer}), and returns the day's spending.
     */
    static final String SPEND = """
            spending as (
                insert into assistant_openai_spending as s (day, requests, tokens, updated_at)
                values (:spentOn, 0, :spentTokens, :createdAt)
                on conflict (day) do update set tokens = s.tokens + excluded.tokens, updated_at = excluded.updated_at
                returning s.requests, s.tokens
            )""";

    private static final Logger log = LoggerFactory.getLogger(SpendingBudget.class);

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ZoneId zone;

    private final SpendingLimits limits;

    private volatile Usage last;

    SpendingBudget(JdbcClient jdbc, Clock clock, AssistantProperties properties, SpendingLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = CourtTime.ZONE;
        this.limits = limits;
        this.last = new Usage(today(), 0, 0, limits);
    }

    /**
     * Reserves one request of today's budget.
     * @return the reservation (the day it counts on), or empty when today's budget is
     * spent (or cannot be read): then nothing may be sent
     */
    Optional<Reservation> reserve() {
        LocalDate day = today();
        try {
            Optional<Usage> reserved = this.jdbc.sql("""
                    insert into assistant_openai_spending as s (day, requests, tokens, updated_at)
                    values (?, 1, 0, ?)
                    on conflict (day) do update set requests = s.requests + 1, updated_at = excluded.updated_at
                        where s.requests < ? and s.tokens < ?
                    returning s.requests, s.tokens""")
                // Positional parameters: the statement runs before every call upstream,
                // and
                // named ones are rewritten and wrapped anew each time.
                .param(Date.valueOf(day))
                .param(Timestamp.from(this.clock.instant()))
                .param(this.limits.requestsPerDay())
                .param(this.limits.tokensPerDay())
                .query((rs, n) -> new Usage(day, rs.getLong("requests"), rs.getLong("tokens"), this.limits))
                .optional();
            if (reserved.isPresent()) {
                this.last = reserved.get();
                return Optional.of(new Reservation(day));
            }
            this.last = read(day);
            return Optional.empty();
        }
        catch (DataAccessException ex) {
            log.warn("Could not reserve the OpenAI budget ({}); answering from the knowledge base", ex.toString());
            return Optional.empty();
        }
    }

    /**
     * The court's day an instant falls on: what the spending of an answer stored then
     * counts against.
     * @param instant when
     * @return the day
     */
    LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, this.zone);
    }

    /**
     * Notes the day's spending as a statement that added to it returned it
     * ({@link #SPEND}): what the health check shows.
     * @param day the day
     * @param requests calls reserved that day
     * @param tokens tokens the replies reported that day
     * @return the usage
     */
    Usage seen(LocalDate day, long requests, long tokens) {
        Usage usage = new Usage(day, requests, tokens, this.limits);
        this.last = usage;
        return usage;
    }

    /**
     * Today's spending as last seen by this instance, without a query: what the health
     * check shows.
     * @return the usage, zero when the last reading was of an earlier day
     */
    Usage usage() {
        Usage seen = this.last;
        LocalDate day = today();
        return seen.day().equals(day) ? seen : new Usage(day, 0, 0, this.limits);
    }

    /**
     * Reads today's spending of every instance; the health check's background refresh
     * calls it.
     * @return the usage now
     */
    Usage refresh() {
        try {
            this.last = read(today());
        }
        catch (DataAccessException ex) {
            log.debug("Could not read the OpenAI budget", ex);
        }
        return usage();
    }

    private Usage read(LocalDate day) {
        return this.jdbc.sql("select requests, tokens from assistant_openai_spending where day = :day")
            .param("day", Date.valueOf(day))
            .query((rs, n) -> new Usage(day, rs.getLong("requests"), rs.getLong("tokens"), this.limits))
            .optional()
            .orElseGet(() -> new Usage(day, 0, 0, this.limits));
    }

    private LocalDate today() {
        return day(this.clock.instant());
    }

    /**
     * One reserved call.
     *
     * @param day the court's day it counts on
     */
    record Reservation(LocalDate day) {
    }

    /**
     * What one day spent, against the limits.
     *
     * @param day the court's day
     * @param requests calls reserved
     * @param tokens tokens the replies reported
     * @param limits the daily limits
     */
    record Usage(LocalDate day, long requests, long tokens, SpendingLimits limits) {

        /**
         * Whether no call may be sent for the rest of the day.
         * @return true past either limit
         */
        boolean spent() {
            return this.requests >= this.limits.requestsPerDay() || this.tokens >= this.limits.tokensPerDay();
        }

    }

}
