package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.query.infrastructure.QuerySideProperties;
import fr.interieur.cls.query.infrastructure.web.NotFound;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import fr.interieur.cls.web.BadRequestParameter;
import fr.interieur.cls.web.CommonProblemHandler;
import fr.interieur.cls.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A contract as it stood: after a version ({@code ?version=n}, its first n events), or at an instant
 * ({@code ?asOf=}, the events recorded until then; a date is the end of that day in the configured zone, Paris),
 * or now; and what changed from one version to another ({@code ?version=a&compareTo=b}). A version beyond the
 * contract's current one is 404: that version does not exist (yet).
 */
@RestController
class ContractStateEndpoint {

    private final EventLog log;
    private final ContractHistory history;
    private final ReadConsistency consistency;
    private final ZoneId zone;

    ContractStateEndpoint(EventLog log, ContractHistory history, ReadConsistency consistency,
                          QuerySideProperties properties) {
        this.log = log;
        this.history = history;
        this.consistency = consistency;
        this.zone = properties.zone();
    }

    /** The contract after {@code version} events (its sequence-ordered prefix). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AtVersion(String contractId, long version, long position, long currentVersion, JsonNode state) {
    }

    /**
     * The contract as recorded at an instant: {@code version} events were recorded by then. {@code state} is null
     * before its drafting.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AsOf(String contractId, Instant asOf, long version, long position, long currentVersion, JsonNode state) {
    }

    /** What changed from version {@code from} to version {@code to}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Diff(String contractId, long from, long to, List<StateDiff.Change> changes) {
    }

    @GetMapping("/api/v1/audit/contracts/{contractId}/state")
    Object state(@PathVariable String contractId,
                 @RequestParam(required = false) String asOf,
                 @RequestParam(required = false) String version,
                 @RequestParam(required = false) String compareTo,
                 @RequestParam(required = false) Long minPosition) {
        boolean byInstant = asOf != null && !asOf.isBlank();
        Long requested = version(version, "version");
        Long other = version(compareTo, "compareTo");
        if (byInstant && (requested != null || other != null)) {
            throw new BadRequestParameter("asOf", "give asOf or version, not both");
        }
        if (other != null && requested == null) {
            throw new BadRequestParameter("compareTo", "compareTo compares with version: give version too");
        }
        Instant until = byInstant ? until(asOf) : null;
        consistency.awaitLog(minPosition);
        log.contract(contractId).orElseThrow(() -> new NotFound("no contract \"" + contractId + "\""));
        if (other != null) {
            ContractHistory.Versions versions = history.versions(contractId, requested, other);
            requireExists(contractId, requested, versions.a().current());
            requireExists(contractId, other, versions.a().current());
            return new Diff(contractId, requested, other, StateDiff.between(versions.a().state(), versions.b().state()));
        }
        if (requested != null) {
            ContractHistory.State state = history.upTo(contractId, event -> event.sequence() < requested);
            requireExists(contractId, requested, state.current());
            return new AtVersion(contractId, state.version(), state.position(), state.current(), state.state());
        }
        if (until != null) {
            ContractHistory.State state = history.upTo(contractId,
                                                       event -> !ContractHistory.recordedAt(event).isAfter(until));
            return new AsOf(contractId, until, state.version(), state.position(), state.current(), state.state());
        }
        ContractHistory.State state = history.upTo(contractId, event -> true);
        return new AtVersion(contractId, state.version(), state.position(), state.current(), state.state());
    }

    @ExceptionHandler(UnreadableEvent.class)
    ResponseEntity<Object> unreadable(UnreadableEvent e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "unreadable-event",
                                                        "Unreadable event", e.getMessage()), request);
    }

    private static void requireExists(String contractId, long version, long current) {
        if (version > current) {
            throw new NotFound("contract \"" + contractId + "\" is at version " + current + "; version " + version
                               + " does not exist");
        }
    }

    private static Long version(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long version = Long.parseLong(value.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestParameter(name, name + " must be a whole number from 1 (the contract after its first n "
                                            + "events)");
    }

    /** The last instant the state covers: the instant given, or the last one of the day given. */
    private Instant until(String asOf) {
        String value = asOf.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            } catch (DateTimeParseException notDate) {
                throw new BadRequestParameter("asOf", "asOf must be a date (2000-10-16, the end of that day in "
                                                      + zone + ") or an instant (2000-10-16T09:00:00Z)");
            }
        }
    }
}
