package fr.interieur.cls.events.types;

import java.util.List;

/** First mandatory part of a diagnostic: the delinquency situation, with figures and their sources. */
public record Delinquency(String summary, List<DelinquencyFigure> figures) {

    public Delinquency {
        summary = Checks.text(summary, "delinquency summary");
        figures = Checks.list(figures, "delinquency figures");
    }
}
