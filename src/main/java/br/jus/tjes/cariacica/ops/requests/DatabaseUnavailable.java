package br.jus.tjes.cariacica.ops.requests;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the pool
 * unable to connect) rather than a bug: the site answers those with 503 and keeps the
 * stack trace out of the log.
 */
final class DatabaseUnavailable {

    private static final int MAX_DEPTH = 20;

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || (cause instanceof SQLException sql && unavailable(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception: refused, closed, broken) and 57P01-57P03
     * (the server shutting down or starting up). HikariCP reports a connection it has
     * already closed, as broken, with no SQLSTATE at all: its message is all there is
     * (seen when a rollback follows a connection the server cut).
     */
    private static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return "Connection is closed".equals(sql.getMessage());
        }
        return state.startsWith("08") || state.startsWith("57P");
    }

}
