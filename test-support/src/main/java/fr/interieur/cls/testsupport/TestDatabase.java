package fr.interieur.cls.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for this test run (this JVM), found in this order:
 * <ol>
 *     <li>{@code CLS_TEST_DB_URL} (with {@code CLS_TEST_DB_USER}, {@code CLS_TEST_DB_PASSWORD}): a server where
 *     the user may create databases;</li>
 *     <li>a server on {@code localhost:5432}, user {@code postgres};</li>
 *     <li>a Testcontainers PostgreSQL, when a Docker engine answers.</li>
 * </ol>
 * The database is created on first use and dropped when the JVM exits, so runs never see each other's data.
 */
public final class TestDatabase {

    private static volatile TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String password;
    private final String name;

    private TestDatabase(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.name = "cls_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static TestDatabase get() {
        TestDatabase local = instance;
        if (local == null) {
            synchronized (TestDatabase.class) {
                local = instance;
                if (local == null) {
                    local = find();
                    local.create();
                    instance = local;
                }
            }
        }
        return local;
    }

    /** JDBC URL of this run's own database. */
    public String url() {
        return withDatabase(serverUrl, name);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private static TestDatabase find() {
        String configured = System.getenv("CLS_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return new TestDatabase(configured, env("CLS_TEST_DB_USER", "postgres"), env("CLS_TEST_DB_PASSWORD", ""));
        }
        String local = "jdbc:postgresql://localhost:5432/postgres";
        if (answers(local, "postgres", "")) {
            return new TestDatabase(local, "postgres", "");
        }
        TestDatabase container = TestcontainersDatabase.startIfDockerAnswers();
        if (container != null) {
            return container;
        }
        throw new IllegalStateException("""
                No PostgreSQL for the tests. Give one of:
                  - CLS_TEST_DB_URL=jdbc:postgresql://host:5432/postgres (and CLS_TEST_DB_USER, CLS_TEST_DB_PASSWORD),
                    a server where that user may CREATE DATABASE;
                  - a PostgreSQL on localhost:5432 accepting user postgres (on Debian: apt-get install postgresql,
                    then pg_ctlcluster --skip-systemctl-redirect <version> main start);
                  - a Docker engine, for Testcontainers.""");
    }

    static TestDatabase of(String serverUrl, String user, String password) {
        return new TestDatabase(serverUrl, user, password);
    }

    private static boolean answers(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url + "?connectTimeout=3", user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void create() {
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + " on " + serverUrl + ": "
                                                    + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop, "drop-" + name));
    }

    private void drop() {
        if (Boolean.parseBoolean(env("CLS_TEST_KEEP_DB", "false"))) {
            return;
        }
        // Shutdown hooks run concurrently: the test applications close their pools in their own hooks. Dropping
        // under them would make their shutdown fail and hang, so wait (a while) for the last connection to go.
        long deadline = System.nanoTime() + 15_000_000_000L;
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = admin.createStatement()) {
            while (true) {
                try {
                    statement.execute("DROP DATABASE IF EXISTS " + name);
                    return;
                } catch (SQLException inUse) {
                    if (System.nanoTime() > deadline) {
                        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                        return;
                    }
                    Thread.sleep(100);
                }
            }
        } catch (SQLException e) {
            System.err.println("could not drop test database " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database, got " + url);
        }
        return base.substring(0, slash + 1) + database.toLowerCase(Locale.ROOT) + params;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
