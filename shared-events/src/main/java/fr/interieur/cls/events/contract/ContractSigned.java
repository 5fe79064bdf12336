package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Signature;

import java.time.LocalDate;
import java.util.List;

/** The contract was signed on a date, by these signatories. */
@EventType(name = "ContractSigned")
public record ContractSigned(ContractId contractId, LocalDate signedOn, List<Signature> signatures)
        implements ContractEvent {

    public ContractSigned {
        Checks.present(contractId, "contractId");
        Checks.present(signedOn, "signedOn");
        signatures = Checks.distinctBy(signatures, Signature::partnerId, "signatures");
    }
}
