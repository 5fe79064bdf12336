package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.EventCatalog;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.query.infrastructure.web.Parameters;
import fr.interieur.cls.web.BadRequestParameter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a timeline read keeps: recorded from {@code from} (inclusive) until {@code to} (exclusive), of these
 * event types, of this action theme, in these départements. Absent parts keep everything.
 */
record TimelineFilter(Instant from, Instant to, Set<String> types, String theme, Optional<Set<String>> departements) {

    TimelineFilter {
        types = Set.copyOf(types);
    }

    static TimelineFilter none() {
        return new TimelineFilter(null, null, Set.of(), null, Optional.empty());
    }

    TimelineFilter in(Optional<Set<String>> scope) {
        return new TimelineFilter(from, to, types, theme, scope);
    }

    /**
     * {@code from} and {@code to} as dates or instants: a date means its whole day (Paris time), so that
     * {@code from=1999-01-01&to=1999-12-31} is the year 1999; an instant {@code to} is exclusive.
     */
    static TimelineFilter parse(String from, String to, String types, String aggregateType, String theme) {
        Instant start = Parameters.instant("from", from);
        Instant end = until(to);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new BadRequestParameter("to", "to must come after from");
        }
        return new TimelineFilter(start, end, types(types, aggregateType), theme(theme), Optional.empty());
    }

    private static Instant until(String to) {
        if (to == null || to.isBlank()) {
            return null;
        }
        try {
            return Parameters.instant("to", LocalDate.parse(to.strip()).plusDays(1).toString());
        } catch (DateTimeParseException notADate) {
            return Parameters.instant("to", to);
        }
    }

    /** Comma-separated stored type names ({@code ContractSigned,CommitteeMeetingHeld}), of this aggregate type. */
    private static Set<String> types(String types, String aggregateType) {
        if (types == null || types.isBlank()) {
            return Set.of();
        }
        Set<String> known = new LinkedHashSet<>();
        EventCatalog.all().stream()
                    .filter(entry -> aggregateType == null || entry.aggregateType().equals(aggregateType))
                    .forEach(entry -> known.add(entry.name()));
        Set<String> chosen = new LinkedHashSet<>();
        for (String type : types.split(",")) {
            String name = type.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw new BadRequestParameter("type", "type must be one or several of " + String.join(", ", known)
                                                      + " (comma separated); \"" + truncate(name) + "\" is not one");
            }
            chosen.add(name);
        }
        return chosen;
    }

    private static String theme(String theme) {
        if (theme == null || theme.isBlank()) {
            return null;
        }
        String name = theme.strip();
        if (Arrays.stream(ActionTheme.values()).noneMatch(value -> value.name().equals(name))) {
            throw new BadRequestParameter("theme", "theme must be one of " + Arrays.toString(ActionTheme.values()));
        }
        return name;
    }

    private static String truncate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
