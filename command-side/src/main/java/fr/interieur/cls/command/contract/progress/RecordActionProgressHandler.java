package fr.interieur.cls.command.contract.progress;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.Measurement;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

@Component
public class RecordActionProgressHandler {

    public static final String UNKNOWN_ACTION = "contract.action.unknown";
    public static final String STATUS_BACKWARDS = "contract.action.status-backwards";
    public static final String UNKNOWN_INDICATOR = "contract.action.indicator-unknown";
    public static final String NOTHING_TO_RECORD = "contract.progress.nothing-to-record";

    private final Contracts contracts;
    private final Today today;

    public RecordActionProgressHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(RecordActionProgress command) {
        contracts.change(command.contractId(), contract -> {
            Contract.Action action = contract.action(command.actionId()).orElseThrow(
                    () -> RuleViolation.notFound(UNKNOWN_ACTION, "contract " + command.contractId()
                            + " has no action " + command.actionId()));
            ActionStatus next = command.status() == null ? action.status() : command.status();
            if (!action.status().canMoveTo(next)) {
                throw RuleViolation.conflict(STATUS_BACKWARDS, "action " + command.actionId() + " is "
                        + action.status() + " and cannot become " + next);
            }
            List<Measurement> measurements = command.measurements();
            for (int i = 0; i < measurements.size(); i++) {
                Measurement measurement = measurements.get(i);
                if (!action.indicatorIds().contains(measurement.indicatorId())) {
                    throw RuleViolation.invalid(UNKNOWN_INDICATOR, "measurements[" + i + "].indicatorId", "action "
                            + command.actionId() + " has no indicator " + measurement.indicatorId());
                }
                today.requireNotAfter(measurement.measuredOn(), "measurements[" + i + "].measuredOn");
            }
            LocalDate reportedOn = command.reportedOn() != null ? command.reportedOn() : today.date();
            today.requireNotAfter(reportedOn, "reportedOn");
            boolean note = command.note() != null && !command.note().isBlank();
            if (next == action.status() && measurements.isEmpty() && !note) {
                throw RuleViolation.invalid(NOTHING_TO_RECORD, "body",
                                            "give a new status, measurements or a note");
            }
            contract.record(new ActionProgressRecorded(command.contractId(), command.actionId(), action.status(), next,
                                                       measurements, command.note(), reportedOn));
        });
    }
}
