package fr.interieur.cls.command.contract.progress;

import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Measurement;

import java.time.LocalDate;
import java.util.List;

/**
 * Record how an action is going: its status (null: unchanged), indicator measurements, a note, and the day of
 * this report (null: today).
 */
public record RecordActionProgress(ContractId contractId, ActionId actionId, ActionStatus status,
                                   List<Measurement> measurements, String note, LocalDate reportedOn) {
}
