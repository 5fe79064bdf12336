package fr.interieur.cls.events.contract;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;

import java.time.LocalDate;

/** A communication action with the population took place (public meeting, leaflet, local press…). */
@EventType(name = "CommunicationCarriedOut")
public record CommunicationCarriedOut(ContractId contractId, LocalDate heldOn, String channel, String audience,
                                      String summary) implements ContractEvent {

    public CommunicationCarriedOut {
        Checks.present(contractId, "contractId");
        Checks.present(heldOn, "heldOn");
        channel = Checks.text(channel, "channel");
        audience = Checks.text(audience, "audience");
        summary = Checks.text(summary, "summary");
    }
}
