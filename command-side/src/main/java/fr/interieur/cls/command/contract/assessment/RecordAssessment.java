package fr.interieur.cls.command.contract.assessment;

import fr.interieur.cls.events.types.ContractId;

import java.util.List;

/** Record the yearly assessment (bilan) of a year, or a correction of it. */
public record RecordAssessment(ContractId contractId, int year, String results, String impact,
                               String followUpConditions, String perceptionChange, List<String> proposals,
                               boolean correction) {
}
