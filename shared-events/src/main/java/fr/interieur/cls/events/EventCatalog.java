package fr.interieur.cls.events;

import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.district.DistrictEvent;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every event of the domain, found through the sealed interfaces (no class-path scanning), with the stable
 * name and revision it is stored under.
 */
public final class EventCatalog {

    /** An event type: its stored name and revision, and the record that carries it today. */
    public record Entry(String name, int revision, Class<? extends DomainEvent> type, String aggregateType) {

        public String revisionText() {
            return Integer.toString(revision);
        }
    }

    private static final List<Entry> ENTRIES;
    private static final Map<Class<?>, Entry> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();

    static {
        ENTRIES = Stream.concat(entries(ContractEvent.class, "Contract"), entries(DistrictEvent.class, "PoliceDistrict"))
                .toList();
        for (Entry entry : ENTRIES) {
            if (BY_NAME.put(entry.name(), entry) != null) {
                throw new IllegalStateException("two events are stored as " + entry.name());
            }
            BY_CLASS.put(entry.type(), entry);
        }
    }

    private EventCatalog() {
    }

    @SuppressWarnings("unchecked")
    private static Stream<Entry> entries(Class<? extends DomainEvent> family, String aggregateType) {
        return Arrays.stream(family.getPermittedSubclasses()).map(type -> {
            EventType annotation = type.getAnnotation(EventType.class);
            if (annotation == null) {
                throw new IllegalStateException(type.getName() + " has no @EventType");
            }
            return new Entry(annotation.name(), annotation.revision(), (Class<? extends DomainEvent>) type,
                    aggregateType);
        });
    }

    public static List<Entry> all() {
        return Collections.unmodifiableList(ENTRIES);
    }

    public static Optional<Entry> forClass(Class<?> type) {
        return Optional.ofNullable(BY_CLASS.get(type));
    }

    public static Optional<Entry> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
