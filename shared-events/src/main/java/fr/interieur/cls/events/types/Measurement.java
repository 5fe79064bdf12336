package fr.interieur.cls.events.types;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator on a date: one line of the dashboards that go to the steering committee. */
public record Measurement(IndicatorId indicatorId, BigDecimal value, LocalDate measuredOn) {

    public Measurement {
        Checks.present(indicatorId, "measurement indicatorId");
        Checks.present(value, "measurement value");
        Checks.present(measuredOn, "measuredOn");
    }
}
