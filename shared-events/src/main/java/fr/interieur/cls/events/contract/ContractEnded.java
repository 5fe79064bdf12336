package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.EndReason;

import java.time.LocalDate;

/** The contract ended: it expired, another superseded it, or it was denounced. Nothing is recorded after. */
@EventType(name = "ContractEnded")
public record ContractEnded(ContractId contractId, LocalDate endedOn, EndReason reason, ContractId supersededBy)
        implements ContractEvent {

    public ContractEnded {
        Checks.present(contractId, "contractId");
        Checks.present(endedOn, "endedOn");
        Checks.present(reason, "reason");
        Checks.require(reason != EndReason.SUPERSEDED || supersededBy != null,
                "a superseded contract names the contract that supersedes it (supersededBy)");
        Checks.require(supersededBy == null || !supersededBy.equals(contractId), "a contract cannot supersede itself");
    }
}
