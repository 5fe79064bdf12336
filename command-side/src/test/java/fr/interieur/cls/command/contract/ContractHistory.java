package fr.interieur.cls.command.contract;

import fr.interieur.cls.events.contract.ActionAdded;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.contract.ContractEvent;
import fr.interieur.cls.events.contract.ContractSigned;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;

import java.util.List;

/**
 * Builds a contract's state from its events through the aggregate's own event sourcing handlers, without Axon, so
 * that rule tests can call a rule on the state it reads in production.
 */
public final class ContractHistory {

    private ContractHistory() {
    }

    public static Contract replay(List<?> events) {
        Contract contract = new Contract();
        for (Object event : events) {
            switch ((ContractEvent) event) {
                case ContractDrafted e -> contract.on(e);
                case PartnerJoined e -> contract.on(e);
                case PartnerLeft e -> contract.on(e);
                case DiagnosticAdopted e -> contract.on(e);
                case ActionAdded e -> contract.on(e);
                case ActionProgressRecorded e -> contract.on(e);
                case ContractSigned e -> contract.on(e);
                case ChairDelegated e -> contract.on(e);
                case CommitteeMeetingHeld e -> contract.on(e);
                case CommunicationCarriedOut e -> contract.on(e);
                case ReviewMeetingHeld e -> contract.on(e);
                case ContractAmended e -> contract.on(e);
                case AssessmentRecorded e -> contract.on(e);
                case FollowUpTransferred e -> contract.on(e);
                case ContractEnded e -> contract.on(e);
            }
        }
        return contract;
    }

    public static Contract replay(Object... events) {
        return replay(List.of(events));
    }
}
