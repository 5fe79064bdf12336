package fr.interieur.cls.events.types;

/** A commune: its INSEE code, name and population. */
public record Commune(InseeCode code, String name, long population) {

    public Commune {
        Checks.present(code, "commune code");
        name = Checks.text(name, "commune name");
        Checks.nonNegative(population, "commune population");
    }
}
