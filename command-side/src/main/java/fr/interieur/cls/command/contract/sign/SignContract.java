package fr.interieur.cls.command.contract.sign;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Signature;

import java.time.LocalDate;
import java.util.List;

/** Sign the contract: the date and, per signatory, who signed on whose behalf. */
public record SignContract(ContractId contractId, LocalDate signedOn, List<Signature> signatures) {
}
