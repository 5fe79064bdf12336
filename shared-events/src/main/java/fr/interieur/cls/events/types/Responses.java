package fr.interieur.cls.events.types;

/** Third mandatory part of a diagnostic: how well the current responses work. */
public record Responses(String summary) {

    public Responses {
        summary = Checks.text(summary, "responses summary");
    }
}
