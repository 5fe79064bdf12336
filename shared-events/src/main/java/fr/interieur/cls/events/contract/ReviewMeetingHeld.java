package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;
import java.util.List;

/** A review meeting (réunion de bilan) with heads of State services and front-line actors took place. */
@EventType(name = "ReviewMeetingHeld")
public record ReviewMeetingHeld(ContractId contractId, LocalDate heldOn, List<String> participants, String summary)
        implements ContractEvent {

    public ReviewMeetingHeld {
        Checks.present(contractId, "contractId");
        Checks.present(heldOn, "heldOn");
        participants = Checks.texts(participants, "participants");
        summary = Checks.text(summary, "summary");
    }
}
