package fr.interieur.cls.command.common;

import fr.interieur.cls.events.types.DepartementCode;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a command carries besides its payload, as Axon metadata. Some keys go on to every event (who, why, which
 * command, see the Axon configuration); the others only steer how the command runs.
 */
public final class CommandMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_NAME = "actorName";
    public static final String REASON = "reason";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String COMMAND_ID = "commandId";
    /** The version the client expects (If-Match), as this API counts it: the number of events. */
    public static final String EXPECTED_VERSION = "expectedVersion";
    /** Départements the actor may act in, comma separated ({@value #EVERYWHERE}: all, for tools and tests). */
    public static final String SCOPE = "scope";
    public static final String EVERYWHERE = "*";

    private CommandMetadata() {
    }

    /** Axon counts versions from 0 (the sequence of the last event); this API counts events. */
    public static Long expectedAxonVersion() {
        Object expected = current().get(EXPECTED_VERSION);
        return expected == null ? null : ((Number) expected).longValue() - 1;
    }

    /** Refuses the command unless the actor may act in this département. */
    public static void requireScope(DepartementCode departement) {
        Object scope = current().get(SCOPE);
        if (scope == null || EVERYWHERE.equals(scope)) {
            return;
        }
        Set<String> allowed = Arrays.stream(scope.toString().split(",")).map(String::trim)
                                    .collect(Collectors.toSet());
        if (!allowed.contains(departement.value())) {
            throw new AccessDenied("you may not act on aggregates of département " + departement.value());
        }
    }

    private static MetaData current() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getMessage().getMetaData() : MetaData.emptyInstance();
    }
}
