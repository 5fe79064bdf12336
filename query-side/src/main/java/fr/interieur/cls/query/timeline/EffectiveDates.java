package fr.interieur.cls.query.timeline;

import fr.interieur.cls.events.DomainEvent;
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
import fr.interieur.cls.events.district.DistrictEvent;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.Measurement;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The business date of an act, when it has one, as opposed to when it was recorded: a meeting is often entered
 * days after it was held, a signature weeks after. Events that are only a record (a partner joined, an action
 * sheet drafted, a yearly assessment) have none.
 */
final class EffectiveDates {

    private EffectiveDates() {
    }

    static LocalDate of(DomainEvent event) {
        return switch (event) {
            case ContractEvent e -> of(e);
            case DistrictEvent e -> of(e);
            default -> throw new IllegalArgumentException("not an event of the domain: " + event.getClass());
        };
    }

    private static LocalDate of(ContractEvent event) {
        return switch (event) {
            case DiagnosticAdopted e -> e.adoptedOn();
            // the dashboards' date: the latest measurement the progress report brings
            // the day progress was reported (revision 2), else the latest measurement's day (revision 1)
            case ActionProgressRecorded e -> e.reportedOn() != null ? e.reportedOn()
                    : e.measurements().stream().map(Measurement::measuredOn).max(Comparator.naturalOrder()).orElse(null);
            case ContractSigned e -> e.signedOn();
            case ChairDelegated e -> e.from();
            case CommitteeMeetingHeld e -> e.heldOn();
            case CommunicationCarriedOut e -> e.heldOn();
            case ReviewMeetingHeld e -> e.heldOn();
            case ContractAmended e -> e.signedOn();
            case FollowUpTransferred e -> e.transferredOn();
            case ContractEnded e -> e.endedOn();
            case ContractDrafted e -> null;
            case PartnerJoined e -> null;
            case PartnerLeft e -> null;
            case ActionAdded e -> null;
            case AssessmentRecorded e -> null;
        };
    }

    private static LocalDate of(DistrictEvent event) {
        return switch (event) {
            case ProximityPolicingDeployed e -> e.startedOn();
            case DistrictRegistered e -> null;
            case SectorDefined e -> null;
        };
    }
}
