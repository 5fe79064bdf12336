package fr.interieur.cls.command.contract.end;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.EndReason;

import java.time.LocalDate;

/** End the contract: it expired, another supersedes it, or it was denounced. */
public record EndContract(ContractId contractId, LocalDate endedOn, EndReason reason, ContractId supersededBy) {
}
