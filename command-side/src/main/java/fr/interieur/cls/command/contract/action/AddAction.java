package fr.interieur.cls.command.contract.action;

import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.SectorId;

import java.time.LocalDate;
import java.util.List;

/** Add an action sheet (fiche-action) to the contract's action plan. */
public record AddAction(ContractId contractId, ActionId actionId, String title, ActionTheme theme, String objective,
                        PartnerId leadPartnerId, List<PartnerId> partnerIds, List<SectorId> sectorIds,
                        LocalDate startOn, LocalDate endOn, Budget budget, List<Indicator> indicators) {
}
