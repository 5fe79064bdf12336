package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;

/** A partner joined the contract. A mayor ({@code MAIRE}) names the commune he is mayor of. */
@EventType(name = "PartnerJoined")
public record PartnerJoined(ContractId contractId, PartnerId partnerId, String name, PartnerCategory category,
                            InseeCode communeCode) implements ContractEvent {

    public PartnerJoined {
        Checks.present(contractId, "contractId");
        Checks.present(partnerId, "partnerId");
        name = Checks.text(name, "partner name");
        Checks.present(category, "partner category");
        Checks.require(category != PartnerCategory.MAIRE || communeCode != null, "a mayor needs a communeCode");
    }
}
