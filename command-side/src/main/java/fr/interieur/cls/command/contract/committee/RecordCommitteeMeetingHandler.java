package fr.interieur.cls.command.contract.committee;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.ChairDelegation;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.Attendee;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class RecordCommitteeMeetingHandler {

    public static final String ALREADY_RECORDED = "contract.meeting.already-recorded";
    public static final String UNKNOWN_ACTION = "contract.meeting.action-unknown";
    public static final String UNKNOWN_ATTENDEE = "contract.meeting.attendee-unknown";
    public static final String NEXT_MEETING_BEFORE = "contract.meeting.next-before-this";

    private final Contracts contracts;
    private final Today today;

    public RecordCommitteeMeetingHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(RecordCommitteeMeeting command) {
        contracts.change(command.contractId(), contract -> {
            if (contract.hasMeeting(command.meetingId().value())) {
                throw RuleViolation.conflict(ALREADY_RECORDED, "meeting " + command.meetingId()
                        + " is already recorded on contract " + command.contractId());
            }
            today.requireNotAfter(command.heldOn(), "heldOn");
            if (command.nextMeetingOn() != null && !command.nextMeetingOn().isAfter(command.heldOn())) {
                throw RuleViolation.invalid(NEXT_MEETING_BEFORE, "nextMeetingOn",
                                            "the next meeting comes after this one (" + command.heldOn() + ")");
            }
            ChairDelegation.check(contract, command.chair(), command.heldOn());
            List<ActionId> reviewed = command.actionsReviewed();
            for (int i = 0; i < reviewed.size(); i++) {
                if (contract.action(reviewed.get(i)).isEmpty()) {
                    throw RuleViolation.invalid(UNKNOWN_ACTION, "actionsReviewed[" + i + "]", "contract "
                            + command.contractId() + " has no action " + reviewed.get(i));
                }
            }
            List<Attendee> attendees = command.attendees();
            for (int i = 0; i < attendees.size(); i++) {
                Attendee attendee = attendees.get(i);
                if (attendee.partnerId() != null && contract.partner(attendee.partnerId()).isEmpty()) {
                    throw RuleViolation.invalid(UNKNOWN_ATTENDEE, "attendees[" + i + "].partnerId",
                                                attendee.partnerId() + " is not a partner of contract "
                                                        + command.contractId() + "; name outside attendees instead");
                }
            }
            contract.record(new CommitteeMeetingHeld(command.contractId(), command.meetingId(), command.heldOn(),
                                                     command.chair(), attendees, reviewed, command.decisions(),
                                                     command.nextMeetingOn()));
        });
    }
}
