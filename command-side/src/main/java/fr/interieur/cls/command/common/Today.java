package fr.interieur.cls.command.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** What day it is for the préfectures, from the injected clock: the rules refuse business dates after it. */
public record Today(Clock clock, ZoneId zone) {

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Rule 4: an act that took place (a meeting, a signature) cannot be dated after today. */
    public void requireNotAfter(java.time.LocalDate date, String field) {
        if (date != null && date.isAfter(date())) {
            throw RuleViolation.invalid("date.in-future", field,
                                        field + " " + date + " is in the future; record acts once they took place");
        }
    }
}
