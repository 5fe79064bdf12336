package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.MeetingId;

import java.time.LocalDate;
import java.util.List;

/** The steering committee (comité de pilotage) met: chair, attendees, actions and dashboards reviewed, decisions. */
@EventType(name = "CommitteeMeetingHeld")
public record CommitteeMeetingHeld(ContractId contractId, MeetingId meetingId, LocalDate heldOn, Chair chair,
                                   List<Attendee> attendees, List<ActionId> actionsReviewed, List<String> decisions,
                                   LocalDate nextMeetingOn) implements ContractEvent {

    public CommitteeMeetingHeld {
        Checks.present(contractId, "contractId");
        Checks.present(meetingId, "meetingId");
        Checks.present(heldOn, "heldOn");
        Checks.present(chair, "chair");
        attendees = Checks.list(attendees, "attendees");
        actionsReviewed = Checks.distinct(actionsReviewed, "actionsReviewed");
        decisions = Checks.texts(decisions, "decisions");
        Checks.require(nextMeetingOn == null || nextMeetingOn.isAfter(heldOn),
                "the next meeting comes after this one");
    }
}
