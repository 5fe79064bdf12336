package fr.interieur.cls.command.contract.review;

import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;
import java.util.List;

/** Record a review meeting with heads of State services and front-line actors that took place. */
public record RecordReviewMeeting(ContractId contractId, LocalDate heldOn, List<String> participants, String summary) {
}
