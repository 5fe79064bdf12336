package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;

import java.util.List;

/**
 * The yearly assessment (bilan) of a year: results, impact on security, how follow-up actually works, change in
 * the feeling of insecurity, proposals. {@code correction} marks a later assessment of a year already assessed.
 */
@EventType(name = "AssessmentRecorded")
public record AssessmentRecorded(ContractId contractId, int year, String results, String impact,
                                 String followUpConditions, String perceptionChange, List<String> proposals,
                                 boolean correction) implements ContractEvent {

    public AssessmentRecorded {
        Checks.present(contractId, "contractId");
        Checks.require(year >= 1990 && year <= 2100, "year must be between 1990 and 2100");
        results = Checks.text(results, "results");
        impact = Checks.text(impact, "impact");
        followUpConditions = Checks.text(followUpConditions, "followUpConditions");
        perceptionChange = Checks.optionalText(perceptionChange);
        proposals = Checks.texts(proposals, "proposals");
    }
}
