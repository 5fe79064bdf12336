package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;

/**
 * The préfet delegated the chair of this contract's steering committee to a sous-préfet, from a date and until
 * another ({@code to} absent: until further notice).
 */
@EventType(name = "ChairDelegated")
public record ChairDelegated(ContractId contractId, String sousPrefet, LocalDate from, LocalDate to)
        implements ContractEvent {

    public ChairDelegated {
        Checks.present(contractId, "contractId");
        sousPrefet = Checks.text(sousPrefet, "sousPrefet");
        Checks.present(from, "from");
        Checks.require(to == null || !to.isBefore(from), "a delegation cannot end before it starts");
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
