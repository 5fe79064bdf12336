package fr.interieur.cls.query.timeline;

import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.NotFound;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.query.infrastructure.web.Parameters;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Timelines: of one contract, and across contracts and districts for inspection missions. */
@RestController
class TimelineEndpoint {

    private final TimelineReads reads;
    private final ReadAccess access;
    private final ReadConsistency consistency;

    TimelineEndpoint(TimelineReads reads, ReadAccess access, ReadConsistency consistency) {
        this.reads = reads;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/contracts/{contractId}/timeline")
    PageRequest.Page<TimelineEntry.OfContract> contract(@PathVariable String contractId,
                                                        @RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to,
                                                        @RequestParam(required = false) String type,
                                                        @RequestParam(required = false) String limit,
                                                        @RequestParam(required = false) String cursor,
                                                        @RequestParam(required = false) Long minPosition) {
        PageRequest page = PageRequest.of(limit, cursor);
        TimelineFilter filter = TimelineFilter.parse(from, to, type, TimelineReads.CONTRACT, null);
        consistency.await(minPosition, TimelineProjection.NAME);
        TimelineReads.Known contract = reads.contract(contractId)
                                            .orElseThrow(() -> new NotFound("no contract \"" + contractId + "\""));
        if (contract.departement() == null) {
            // events of a contract whose drafting the timeline never saw: no département to check a préfecture against
            access.requireNational("the timeline of a contract of unknown département");
        } else {
            access.requireDepartement(contract.departement());
        }
        return reads.ofContract(contractId, filter, page);
    }

    @GetMapping("/api/v1/timeline")
    PageRequest.Page<TimelineEntry> all(@RequestParam(required = false) String departement,
                                        @RequestParam(required = false) String theme,
                                        @RequestParam(required = false) String type,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String limit,
                                        @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) Long minPosition) {
        PageRequest page = PageRequest.of(limit, cursor);
        String code = departement == null || departement.isBlank() ? null : departement.strip();
        Parameters.requireDepartement(code);
        TimelineFilter filter = TimelineFilter.parse(from, to, type, null, theme);
        consistency.await(minPosition, TimelineProjection.NAME);
        return reads.all(filter.in(access.scope(code)), page);
    }
}
