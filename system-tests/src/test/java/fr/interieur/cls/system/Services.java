package fr.interieur.cls.system;

import fr.interieur.cls.testsupport.ServiceProcess;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starting the built services as processes on this test run's database. */
final class Services {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> JVM = List.of("-Xmx384m", "-XX:+UseSerialGC");

    private Services() {
    }

    static ServiceProcess commandSide() {
        return commandSide(Map.of());
    }

    /** The command side with settings of its own on top of the test run's (for example {@code CLS_TODAY}). */
    static ServiceProcess commandSide(Map<String, String> extra) {
        return ServiceProcess.start(ROOT, "command-side", environment(extra), JVM);
    }

    static ServiceProcess querySide(Map<String, String> extra) {
        return ServiceProcess.start(ROOT, "query-side", environment(extra), JVM);
    }

    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(ServiceProcess.testEnvironment());
        environment.putAll(extra);
        return environment;
    }

    static ServiceProcess querySide() {
        return querySide(Map.of());
    }
}
