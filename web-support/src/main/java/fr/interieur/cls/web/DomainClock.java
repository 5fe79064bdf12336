package fr.interieur.cls.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The clock that says what day it is for the domain ("today" of dates that must be past, of flags, of reports).
 * {@code CLS_TODAY} (property {@code cls.today}) moves it to another day, time still passing from there: the
 * demonstration runs on 31 December 2002, at the end of the history it tells. Recorded times (event timestamps)
 * are never moved.
 */
public final class DomainClock {

    private DomainClock() {
    }

    public static Clock of(String today, ZoneId zone) {
        Clock system = Clock.systemUTC();
        if (today == null || today.isBlank()) {
            return system;
        }
        LocalDate day = LocalDate.parse(today.strip());
        ZonedDateTime now = ZonedDateTime.now(system.withZone(zone));
        return Clock.offset(system, Duration.between(now, now.with(day)));
    }
}
