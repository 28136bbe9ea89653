package org.opencheckin.backend.service;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;
import org.opencheckin.backend.error.ApiProblem;
import io.micronaut.http.HttpStatus;

/**
 * Runs a transactional call again when the database rolled it back for a transient reason
 * (deadlock victim, lock wait timeout, serialization failure: SQLState class 40, MySQL 1205/1213,
 * H2 lock timeout). Each attempt is a new transaction, so call it from outside the service.
 * After the last attempt the client gets 503 with a problem it may retry.
 */
public final class TransientRetry {
    static final int ATTEMPTS = 4;

    private TransientRetry() {
    }

    public static <T> T call(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                            "The database is busy; retry the request (it is safe to repeat)");
                }
                try {
                    Thread.sleep(5L * attempt + (long) (Math.random() * 10));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                if ((state != null && state.startsWith("40")) || code == 1205 || code == 1213
                        || code == 50200 /* H2 LOCK_TIMEOUT_1 */ || code == 90131 /* H2 concurrent update */) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
