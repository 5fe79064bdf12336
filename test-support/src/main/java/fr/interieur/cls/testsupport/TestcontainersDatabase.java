package fr.interieur.cls.testsupport;

/** The last resort: a PostgreSQL in a container, when Testcontainers is on the class path and Docker answers. */
final class TestcontainersDatabase {

    private TestcontainersDatabase() {
    }

    static TestDatabase startIfDockerAnswers() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory");
        } catch (ClassNotFoundException e) {
            return null;
        }
        return Started.start();
    }

    /** Kept apart so that Testcontainers classes load only when present. */
    private static final class Started {

        static TestDatabase start() {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                return null;
            }
            @SuppressWarnings("resource")
            var container = new org.testcontainers.containers.PostgreSQLContainer<>("postgres:15.8-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
            return TestDatabase.of(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
    }
}
