package fr.interieur.cls.command.contract.transfer;

import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;

/** Entrust follow-up of the contract to a local council (CLSPD); the original governance stays on record. */
public record TransferFollowUp(ContractId contractId, String council, LocalDate transferredOn) {
}
