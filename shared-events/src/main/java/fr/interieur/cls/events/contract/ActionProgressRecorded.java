package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Measurement;

import java.time.LocalDate;
import java.util.List;

/**
 * Progress of an action was recorded: its status (unchanged or moved forward), indicator measurements for the
 * dashboards, a note, and the day the progress was reported (when the action was completed, say).
 * <p>
 * Revision 2 added {@code reportedOn}; revision 1 events read with it absent (null): their day is the day they
 * were recorded.
 */
@EventType(name = "ActionProgressRecorded", revision = 2)
public record ActionProgressRecorded(ContractId contractId, ActionId actionId, ActionStatus previousStatus,
                                     ActionStatus status, List<Measurement> measurements, String note,
                                     LocalDate reportedOn)
        implements ContractEvent {

    public ActionProgressRecorded {
        Checks.present(contractId, "contractId");
        Checks.present(actionId, "actionId");
        Checks.present(previousStatus, "previousStatus");
        Checks.present(status, "status");
        measurements = Checks.list(measurements, "measurements");
        note = Checks.optionalText(note);
    }

    public boolean statusChanged() {
        return previousStatus != status;
    }
}
