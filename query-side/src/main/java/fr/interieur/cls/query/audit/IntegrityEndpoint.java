package fr.interieur.cls.query.audit;

import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.NotFound;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import fr.interieur.cls.web.BadRequestParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Tamper evidence: verification of the hash chains, and the digests of the log. Auditors only (QuerySecurity). */
@RestController
class IntegrityEndpoint {

    private final Digests digests;
    private final EventLog log;
    private final ReadAccess access;
    private final ReadConsistency consistency;

    IntegrityEndpoint(Digests digests, EventLog log, ReadAccess access, ReadConsistency consistency) {
        this.digests = digests;
        this.log = log;
        this.access = access;
        this.consistency = consistency;
    }

    /** One contract's chain ({@code contractId}), any aggregate's ({@code aggregateId}), or the whole log. */
    @GetMapping("/api/v1/audit/verify")
    Verification verify(@RequestParam(required = false) String contractId,
                        @RequestParam(required = false) String aggregateId,
                        @RequestParam(required = false) Long minPosition) {
        boolean contract = contractId != null && !contractId.isBlank();
        boolean aggregate = aggregateId != null && !aggregateId.isBlank();
        if (contract && aggregate) {
            throw new BadRequestParameter("aggregateId", "give contractId or aggregateId, not both");
        }
        consistency.awaitLog(minPosition);
        if (contract) {
            log.contract(contractId).orElseThrow(() -> new NotFound("no contract \"" + contractId + "\""));
            return digests.verify(contractId);
        }
        return digests.verify(aggregate ? aggregateId : null);
    }

    @GetMapping("/api/v1/audit/digests")
    PageRequest.Page<DigestRecord> digests(@RequestParam(required = false) String limit,
                                           @RequestParam(required = false) String cursor) {
        return digests.list(PageRequest.of(limit, cursor));
    }

    /** Takes a digest of the log as it is now: 201, or 200 with the one already taken at this same position today. */
    @PostMapping("/api/v1/audit/digests")
    ResponseEntity<DigestRecord> take() {
        Digests.Taken taken = digests.takeNow(access.actor().subject());
        return ResponseEntity.status(taken.created() ? HttpStatus.CREATED : HttpStatus.OK).body(taken.digest());
    }

    /** Recomputes a kept digest (the day's latest, or the one at {@code position}) from the store as it is now. */
    @GetMapping("/api/v1/audit/digests/{day}/verify")
    DigestCheck check(@PathVariable String day, @RequestParam(required = false) String position) {
        LocalDate date;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestParameter("day", "day must be a date such as 2000-10-16");
        }
        Long at = null;
        if (position != null && !position.isBlank()) {
            try {
                at = Long.parseLong(position.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestParameter("position", "position must be a whole number");
            }
        }
        DigestRecord digest = digests.find(date, at).orElseThrow(() -> new NotFound(
                "no digest of " + date + (position == null ? "" : " at position " + position)));
        return digests.check(digest);
    }
}
