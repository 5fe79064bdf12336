package fr.interieur.cls.command.testing;

import fr.interieur.cls.command.common.Today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A fixed "today" for the préfectures, so that tests about dates in the future never depend on the run date. */
public final class Days {

    /** 15 June 2002, 10:00 in Paris. */
    public static final Today TODAY = new Today(Clock.fixed(Instant.parse("2002-06-15T08:00:00Z"), ZoneOffset.UTC),
                                                ZoneId.of("Europe/Paris"));
    public static final LocalDate TODAY_DATE = LocalDate.of(2002, 6, 15);
    public static final LocalDate TOMORROW = TODAY_DATE.plusDays(1);

    private Days() {
    }
}
