package fr.interieur.cls.command.contract.partner;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.PartnerId;

/** A partner leaves the contract. */
public record RemovePartner(ContractId contractId, PartnerId partnerId) {
}
