package fr.interieur.cls.events.types;

import java.util.List;

/** Second mandatory part of a diagnostic: the feeling of insecurity (surveys, front-line workers' views). */
public record Perception(String summary, List<String> surveys) {

    public Perception {
        summary = Checks.text(summary, "perception summary");
        surveys = Checks.texts(surveys, "perception surveys");
    }
}
