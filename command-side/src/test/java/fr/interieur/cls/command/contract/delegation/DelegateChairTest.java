package fr.interieur.cls.command.contract.delegation;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.events.contract.ChairDelegated;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class DelegateChairTest {

    private static final String SOUS_PREFET = "Hélène Dupré";
    private static final LocalDate FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate TO = LocalDate.of(2001, 12, 31);

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    DelegateChairTest() {
        fixture.registerAnnotatedCommandHandler(new DelegateChairHandler(new Contracts(fixture.getRepository())));
    }

    @Test
    void thePrefetDelegatesTheChairForAPeriod() {
        fixture.given(signedContract())
               .when(new DelegateChair(ID, SOUS_PREFET, FROM, TO))
               .expectEvents(new ChairDelegated(ID, SOUS_PREFET, FROM, TO));
    }

    @Test
    void aDelegationMayRunUntilFurtherNotice() {
        fixture.given(signedContract())
               .when(new DelegateChair(ID, SOUS_PREFET, FROM, null))
               .expectEvents(new ChairDelegated(ID, SOUS_PREFET, FROM, null));
    }

    @Test
    void aDelegationMayBeGivenAheadOfTimeAndForASingleDay() {
        // unlike acts that took place, a delegation may start after today
        LocalDate nextCommittee = TODAY_DATE.plusMonths(3);
        fixture.given(inPreparation())
               .when(new DelegateChair(ID, SOUS_PREFET, nextCommittee, nextCommittee))
               .expectEvents(new ChairDelegated(ID, SOUS_PREFET, nextCommittee, nextCommittee));
    }

    @Test
    void aDelegationDoesNotEndBeforeItStarts() {
        fixture.given(signedContract())
               .when(new DelegateChair(ID, SOUS_PREFET, TO, FROM))
               .expectException(invalid(DelegateChairHandler.PERIOD_INVERTED, "to"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(new DelegateChair(ID, SOUS_PREFET, FROM, TO))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotDelegate() {
        fixture.given(signedContract())
               .when(new DelegateChair(ID, SOUS_PREFET, FROM, TO), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(new DelegateChair(ID, SOUS_PREFET, FROM, TO), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
