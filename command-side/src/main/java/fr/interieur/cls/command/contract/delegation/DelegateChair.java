package fr.interieur.cls.command.contract.delegation;

import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;

/** The préfet delegates the chair of this contract's steering committee to a sous-préfet. */
public record DelegateChair(ContractId contractId, String sousPrefet, LocalDate from, LocalDate to) {
}
