package fr.interieur.cls.events.types;

import java.math.BigDecimal;

/**
 * An indicator of an action sheet: what is measured, in which unit, from where, and where it started and should
 * go. The baseline may be absent here; the action rule requires it when an action is added.
 */
public record Indicator(IndicatorId indicatorId, String name, String unit, BigDecimal baseline, BigDecimal target,
                        String source) {

    public Indicator {
        Checks.present(indicatorId, "indicatorId");
        name = Checks.text(name, "indicator name");
        unit = Checks.text(unit, "indicator unit");
        source = Checks.optionalText(source);
    }
}
