package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.types.ContractId;

/** Everything that happens to a local security contract, from its drafting to its end. */
public sealed interface ContractEvent extends DomainEvent
        permits ContractDrafted, PartnerJoined, PartnerLeft, DiagnosticAdopted, ActionAdded, ActionProgressRecorded,
        ContractSigned, ChairDelegated, CommitteeMeetingHeld, CommunicationCarriedOut, ReviewMeetingHeld,
        ContractAmended, AssessmentRecorded, FollowUpTransferred, ContractEnded {

    ContractId contractId();

    @Override
    default String aggregateId() {
        return contractId().value();
    }
}
