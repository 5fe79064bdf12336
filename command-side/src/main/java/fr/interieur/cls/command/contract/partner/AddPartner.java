package fr.interieur.cls.command.contract.partner;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;

/** A partner joins the contract; a mayor names his commune. */
public record AddPartner(ContractId contractId, PartnerId partnerId, String name, PartnerCategory category,
                         InseeCode communeCode) {
}
