package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.PartnerId;

/** A partner left the contract. Its past acts (signatures, meetings) stay in the history. */
@EventType(name = "PartnerLeft")
public record PartnerLeft(ContractId contractId, PartnerId partnerId) implements ContractEvent {

    public PartnerLeft {
        Checks.present(contractId, "contractId");
        Checks.present(partnerId, "partnerId");
    }
}
