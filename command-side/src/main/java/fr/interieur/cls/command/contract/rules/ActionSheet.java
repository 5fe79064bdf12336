package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.SectorId;

import java.time.LocalDate;
import java.util.List;

/**
 * Rule 3: an action names a lead partner (and partners) of the contract, at least one indicator with a baseline,
 * a calendar whose end is not before its start, and only sectors the contract covers.
 */
public final class ActionSheet {

    public static final String LEAD_PARTNER = "contract.action.lead-partner-not-in-contract";
    public static final String PARTNER = "contract.action.partner-not-in-contract";
    public static final String INDICATOR = "contract.action.indicator-required";
    public static final String BASELINE = "contract.action.baseline-required";
    public static final String CALENDAR = "contract.action.calendar-inverted";
    public static final String SECTOR = "contract.action.sector-not-covered";

    private ActionSheet() {
    }

    public static void check(Contract contract, PartnerId leadPartnerId, List<PartnerId> partnerIds,
                             List<Indicator> indicators, LocalDate startOn, LocalDate endOn, List<SectorId> sectorIds) {
        if (contract.partner(leadPartnerId).isEmpty()) {
            throw RuleViolation.invalid(LEAD_PARTNER, "leadPartnerId", "the lead partner " + leadPartnerId
                    + " is not a partner of contract " + contract.id());
        }
        for (int i = 0; i < partnerIds.size(); i++) {
            if (contract.partner(partnerIds.get(i)).isEmpty()) {
                throw RuleViolation.invalid(PARTNER, "partnerIds[" + i + "]", partnerIds.get(i)
                        + " is not a partner of contract " + contract.id());
            }
        }
        if (indicators.isEmpty()) {
            throw RuleViolation.invalid(INDICATOR, "indicators",
                                        "an action needs at least one indicator to follow it on the dashboards");
        }
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).baseline() == null) {
                throw RuleViolation.invalid(BASELINE, "indicators[" + i + "].baseline", "indicator "
                        + indicators.get(i).indicatorId() + " needs a baseline to measure progress from");
            }
        }
        if (endOn.isBefore(startOn)) {
            throw RuleViolation.invalid(CALENDAR, "endOn", "the action ends (" + endOn + ") before it starts ("
                    + startOn + ")");
        }
        for (int i = 0; i < sectorIds.size(); i++) {
            if (!contract.sectorIds().contains(sectorIds.get(i))) {
                throw RuleViolation.invalid(SECTOR, "sectorIds[" + i + "]", "sector " + sectorIds.get(i)
                        + " is not covered by contract " + contract.id());
            }
        }
    }
}
