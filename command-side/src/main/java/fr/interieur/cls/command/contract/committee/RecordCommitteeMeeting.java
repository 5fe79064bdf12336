package fr.interieur.cls.command.contract.committee;

import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.MeetingId;

import java.time.LocalDate;
import java.util.List;

/** Record a meeting of the steering committee that took place. */
public record RecordCommitteeMeeting(ContractId contractId, MeetingId meetingId, LocalDate heldOn, Chair chair,
                                     List<Attendee> attendees, List<ActionId> actionsReviewed, List<String> decisions,
                                     LocalDate nextMeetingOn) {
}
