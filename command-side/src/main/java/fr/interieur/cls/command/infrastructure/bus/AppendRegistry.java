package fr.interieur.cls.command.infrastructure.bus;

import fr.interieur.cls.eventstore.AppendedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Hears from the storage engine where each command's events landed, keyed by the {@code commandId} every event
 * carries in its metadata, until the command bus collects them for the command's answer.
 */
public class AppendRegistry implements Consumer<List<AppendedEvent>> {

    public static final String COMMAND_ID = "commandId";

    private final Map<String, List<AppendedEvent>> byCommand = new ConcurrentHashMap<>();

    @Override
    public void accept(List<AppendedEvent> appended) {
        for (AppendedEvent event : appended) {
            Object commandId = event.metaData().get(COMMAND_ID);
            if (commandId != null) {
                byCommand.computeIfAbsent(commandId.toString(), id -> new ArrayList<>()).add(event);
            }
        }
    }

    /** The events appended so far for a command; they stay registered until {@link #forget}. */
    List<AppendedEvent> appendedBy(String commandId) {
        return byCommand.getOrDefault(commandId, List.of());
    }

    void forget(String commandId) {
        byCommand.remove(commandId);
    }
}
