package fr.interieur.cls.events.types;

/** Who chaired a steering committee meeting. */
public record Chair(String name, ChairOffice office) {

    public Chair {
        name = Checks.text(name, "chair name");
        Checks.present(office, "chair office");
    }
}
