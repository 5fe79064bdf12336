package fr.interieur.cls.command.contract.communication;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class RecordCommunicationTest {

    private static final LocalDate HELD_ON = LocalDate.of(2001, 2, 8);

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    RecordCommunicationTest() {
        fixture.registerAnnotatedCommandHandler(
                new RecordCommunicationHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void aCommunicationWithThePopulationIsRecorded() {
        fixture.given(signedContract())
               .when(publicMeeting(HELD_ON))
               .expectEvents(carriedOut(HELD_ON));
    }

    @Test
    void aCommunicationHeldTodayIsRecorded() {
        fixture.given(signedContract())
               .when(publicMeeting(TODAY_DATE))
               .expectEvents(carriedOut(TODAY_DATE));
    }

    @Test
    void aCommunicationThatHasNotTakenPlaceYetIsRefused() {
        fixture.given(signedContract())
               .when(publicMeeting(TOMORROW))
               .expectException(invalid("date.in-future", "heldOn"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(publicMeeting(HELD_ON))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotRecordCommunications() {
        fixture.given(signedContract())
               .when(publicMeeting(HELD_ON), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void staffActingInSeveralDepartementsActInEachOfThem() {
        fixture.given(signedContract())
               .when(publicMeeting(HELD_ON), prefectureOf("13, 69"))
               .expectEvents(carriedOut(HELD_ON));
    }

    @Test
    void staffWithoutDepartementLimitActEverywhere() {
        fixture.given(signedContract())
               .when(publicMeeting(HELD_ON), prefectureOf("*"))
               .expectEvents(carriedOut(HELD_ON));
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(publicMeeting(HELD_ON), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    private static RecordCommunication publicMeeting(LocalDate heldOn) {
        return new RecordCommunication(ID, heldOn, "réunion publique", "habitants des Minguettes",
                                       "Présentation du contrat et des médiateurs de nuit");
    }

    private static CommunicationCarriedOut carriedOut(LocalDate heldOn) {
        return new CommunicationCarriedOut(ID, heldOn, "réunion publique", "habitants des Minguettes",
                                           "Présentation du contrat et des médiateurs de nuit");
    }
}
