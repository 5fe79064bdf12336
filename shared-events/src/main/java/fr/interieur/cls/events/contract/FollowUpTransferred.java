package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;

/**
 * Follow-up of the contract was entrusted to a local council (conseil local de sécurité et de prévention de la
 * délinquance, from 2002). The original governance stays on record.
 */
@EventType(name = "FollowUpTransferred")
public record FollowUpTransferred(ContractId contractId, String council, LocalDate transferredOn)
        implements ContractEvent {

    public FollowUpTransferred {
        Checks.present(contractId, "contractId");
        council = Checks.text(council, "council");
        Checks.present(transferredOn, "transferredOn");
    }
}
