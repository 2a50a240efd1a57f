package br.jus.tjes.cariacica.ops.requests;

import java.util.ArrayList;
import java.util.Iterator;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import org.slf4j.LoggerFactory;

/**
 * Moves the access log's writing off the request thread: its lines go through a Logback
 * {@link AsyncAppender} to the appenders the root logger has (the console, plain or JSON,
 * as Spring Boot configured it), so a request pays for a queue offer, not for formatting
 * and a write. When the queue is full the line is dropped rather than the request held
 * (WARN lines of slow requests are kept until then); nothing else logs asynchronously.
 */
final class AsyncAccessLog {

    static final String APPENDER = "ASYNC_ACCESS";

    private static final int QUEUE_SIZE = 8192;

    private AsyncAccessLog() {
    }

    /**
     * Installs the asynchronous appender once per logging configuration (a reset by a new
     * application context removes it, and the next call installs it again).
     * @return true when Logback is the logging system and the appender is in place
     */
    static boolean install() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        Logger access = context.getLogger(AccessLog.LOGGER);
        synchronized (AsyncAccessLog.class) {
            if (access.getAppender(APPENDER) != null) {
                return true;
            }
            var targets = new ArrayList<Appender<ILoggingEvent>>();
            Iterator<Appender<ILoggingEvent>> appenders = context.getLogger(Logger.ROOT_LOGGER_NAME)
                .iteratorForAppenders();
            appenders.forEachRemaining(targets::add);
            if (targets.isEmpty()) {
                return false;
            }
            var async = new AsyncAppender();
            async.setContext(context);
            async.setName(APPENDER);
            async.setQueueSize(QUEUE_SIZE);
            async.setNeverBlock(true);
            // Drop INFO lines only when the queue is nearly full; WARN lines stay longer.
            async.setDiscardingThreshold(QUEUE_SIZE / 10);
            targets.forEach(async::addAppender);
            async.start();
            access.addAppender(async);
            access.setAdditive(false);
            return true;
        }
    }

}
