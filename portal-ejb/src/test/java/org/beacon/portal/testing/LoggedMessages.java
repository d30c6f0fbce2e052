package org.beacon.portal.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What one class of the application logs while a test listens, for a step it tells nobody but its log: the test
 * runs in the same server, so it reads each message as it is written.
 */
public final class LoggedMessages implements AutoCloseable {

    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {

        private final Formatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord message) {
            messages.add(formatter.formatMessage(message));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LoggedMessages(Class<?> source) {
        logger = Logger.getLogger(source.getName());
        logger.addHandler(handler);
    }

    /** Listens from now until {@link #close}. */
    public static LoggedMessages of(Class<?> source) {
        return new LoggedMessages(source);
    }

    public boolean anyStartsWith(String start) {
        return messages.stream().anyMatch(message -> message.startsWith(start));
    }

    public boolean anyContains(String text) {
        return messages.stream().anyMatch(message -> message.contains(text));
    }

    /** How many messages so far contain this text. */
    public long count(String text) {
        return messages.stream().filter(message -> message.contains(text)).count();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
