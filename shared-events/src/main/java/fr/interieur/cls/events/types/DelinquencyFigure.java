package fr.interieur.cls.events.types;

import java.math.BigDecimal;

/**
 * A figure of the delinquency part of a diagnostic, with its source: for example index 107 of the
 * "état 4001" over a year.
 */
public record DelinquencyFigure(String index, String label, String period, BigDecimal value, String source) {

    public DelinquencyFigure {
        index = Checks.optionalText(index);
        label = Checks.text(label, "figure label");
        period = Checks.text(period, "figure period");
        Checks.present(value, "figure value");
        source = Checks.text(source, "figure source");
    }
}
