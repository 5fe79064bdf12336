package fr.interieur.cls.events.types;

/** Someone at a meeting: a partner of the contract, or a named person, with their organisation. */
public record Attendee(PartnerId partnerId, String name, String organisation) {

    public Attendee {
        name = Checks.optionalText(name);
        organisation = Checks.optionalText(organisation);
        Checks.require(partnerId != null || name != null, "an attendee needs a partnerId or a name");
    }
}
