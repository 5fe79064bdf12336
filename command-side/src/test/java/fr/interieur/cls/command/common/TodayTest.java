package fr.interieur.cls.command.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class TodayTest {

    /** 00:30 on 15 June 2002 in Paris, still 14 June in UTC. */
    private final Today justAfterMidnightInParis = new Today(
            Clock.fixed(Instant.parse("2002-06-14T22:30:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Paris"));

    @Test
    void todayIsTheDayOfThePrefecturesNotOfTheServerClock() {
        assertThat(justAfterMidnightInParis.date()).isEqualTo(LocalDate.of(2002, 6, 15));
    }

    @Test
    void anActOfTodayIsNotInTheFuture() {
        assertThatCode(() -> justAfterMidnightInParis.requireNotAfter(LocalDate.of(2002, 6, 15), "heldOn"))
                .doesNotThrowAnyException();
    }

    @Test
    void anActDatedTomorrowIsRefusedOnItsField() {
        refused(() -> justAfterMidnightInParis.requireNotAfter(LocalDate.of(2002, 6, 16), "heldOn"),
                invalid("date.in-future", "heldOn"));
    }
}
