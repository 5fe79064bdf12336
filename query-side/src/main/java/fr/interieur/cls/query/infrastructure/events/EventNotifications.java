package fr.interieur.cls.query.infrastructure.events;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Listens on PostgreSQL's {@code cls_events} channel (a trigger notifies it whenever events are appended, and the
 * notification is delivered at commit) on a connection of its own, and polls as a fallback: a lost connection
 * or a missed notification delays a projection by at most one poll interval, never more.
 */
public class EventNotifications implements AutoCloseable {

    public static final String CHANNEL = "cls_events";
    private static final Logger log = LoggerFactory.getLogger(EventNotifications.class);

    private final NotifiedEventSource source;
    private final DataSourceProperties database;
    private final boolean listen;
    private final ScheduledExecutorService poller;
    private volatile boolean running = true;
    private Thread listener;

    public EventNotifications(NotifiedEventSource source, DataSourceProperties database, boolean listen,
                              long pollIntervalMillis) {
        this.source = source;
        this.database = database;
        this.listen = listen;
        this.poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("event-poll").daemon(true).factory());
        poller.scheduleWithFixedDelay(source::eventsMayBeAvailable, pollIntervalMillis, pollIntervalMillis,
                                      TimeUnit.MILLISECONDS);
    }

    public void start() {
        if (listen) {
            listener = Thread.ofPlatform().name("event-listen").daemon(true).start(this::listen);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.determineUrl(),
                                                                     database.determineUsername(),
                                                                     database.determinePassword())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                source.eventsMayBeAvailable(); // whatever committed while we were not listening
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        source.eventsMayBeAvailable();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("listening for events failed ({}); polling until it reconnects", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        poller.shutdownNow();
        if (listener != null) {
            listener.interrupt();
        }
    }
}
