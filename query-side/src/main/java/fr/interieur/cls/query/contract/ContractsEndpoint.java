package fr.interieur.cls.query.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.query.infrastructure.security.ReadAccess;
import fr.interieur.cls.query.infrastructure.web.NotFound;
import fr.interieur.cls.query.infrastructure.web.PageRequest;
import fr.interieur.cls.query.infrastructure.web.Parameters;
import fr.interieur.cls.query.infrastructure.web.ReadConsistency;
import fr.interieur.cls.web.BadRequestParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;

@RestController
class ContractsEndpoint {

    private final ContractReads reads;
    private final ReadAccess access;
    private final ReadConsistency consistency;

    ContractsEndpoint(ContractReads reads, ReadAccess access, ReadConsistency consistency) {
        this.reads = reads;
        this.access = access;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/contracts")
    PageRequest.Page<ObjectNode> list(@RequestParam(required = false) String departement,
                                      @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String flag,
                                      @RequestParam(required = false) String limit,
                                      @RequestParam(required = false) String cursor,
                                      @RequestParam(required = false) Long minPosition) {
        PageRequest page = PageRequest.of(limit, cursor);
        Parameters.requireDepartement(departement);
        if (status != null && Arrays.stream(ContractStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw new BadRequestParameter("status", "status must be one of " + Arrays.toString(ContractStatus.values()));
        }
        if (flag != null && !Flags.CONTRACT_FLAGS.contains(flag)) {
            throw new BadRequestParameter("flag", "flag must be one of " + Flags.CONTRACT_FLAGS);
        }
        consistency.await(minPosition, ContractsProjection.NAME);
        return reads.list(access.scope(departement), status, flag, page);
    }

    @GetMapping("/api/v1/contracts/{contractId}")
    ObjectNode detail(@PathVariable String contractId, @RequestParam(required = false) Long minPosition) {
        consistency.await(minPosition, ContractsProjection.NAME);
        String departement = reads.departementOf(contractId)
                                  .orElseThrow(() -> new NotFound("no contract \"" + contractId + "\""));
        access.requireDepartement(departement);
        return reads.detail(contractId).orElseThrow(() -> new NotFound("no contract \"" + contractId + "\""));
    }
}
