package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.SectorId;

import java.time.LocalDate;
import java.util.List;

/** An action sheet (fiche-action) was added to the action plan. It starts PLANNED. */
@EventType(name = "ActionAdded")
public record ActionAdded(ContractId contractId, ActionId actionId, String title, ActionTheme theme, String objective,
                          PartnerId leadPartnerId, List<PartnerId> partnerIds, List<SectorId> sectorIds,
                          LocalDate startOn, LocalDate endOn, Budget budget, List<Indicator> indicators)
        implements ContractEvent {

    public ActionAdded {
        Checks.present(contractId, "contractId");
        Checks.present(actionId, "actionId");
        title = Checks.text(title, "action title");
        Checks.present(theme, "theme");
        objective = Checks.optionalText(objective);
        Checks.present(leadPartnerId, "leadPartnerId");
        partnerIds = Checks.distinct(partnerIds, "partnerIds");
        sectorIds = Checks.distinct(sectorIds, "sectorIds");
        Checks.present(startOn, "startOn");
        Checks.present(endOn, "endOn");
        indicators = Checks.distinctBy(indicators, Indicator::indicatorId, "indicators");
    }
}
