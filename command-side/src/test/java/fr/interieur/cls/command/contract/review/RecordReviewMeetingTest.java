package fr.interieur.cls.command.contract.review;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class RecordReviewMeetingTest {

    private static final LocalDate HELD_ON = LocalDate.of(2001, 11, 5);
    private static final List<String> PARTICIPANTS = List.of("Directeur départemental de la sécurité publique",
                                                             "Inspecteur d'académie du Rhône",
                                                             "Correspondants de nuit de Vénissieux");
    private static final String SUMMARY = "Bilan de la médiation de nuit après un an";

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    RecordReviewMeetingTest() {
        fixture.registerAnnotatedCommandHandler(
                new RecordReviewMeetingHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void aReviewMeetingWithStateServicesAndFrontLineActorsIsRecorded() {
        fixture.given(signedContract())
               .when(new RecordReviewMeeting(ID, HELD_ON, PARTICIPANTS, SUMMARY))
               .expectEvents(new ReviewMeetingHeld(ID, HELD_ON, PARTICIPANTS, SUMMARY));
    }

    @Test
    void aReviewMeetingHeldTodayIsRecorded() {
        fixture.given(signedContract())
               .when(new RecordReviewMeeting(ID, TODAY_DATE, PARTICIPANTS, SUMMARY))
               .expectEvents(new ReviewMeetingHeld(ID, TODAY_DATE, PARTICIPANTS, SUMMARY));
    }

    @Test
    void aReviewMeetingThatHasNotTakenPlaceYetIsRefused() {
        fixture.given(signedContract())
               .when(new RecordReviewMeeting(ID, TOMORROW, PARTICIPANTS, SUMMARY))
               .expectException(invalid("date.in-future", "heldOn"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(new RecordReviewMeeting(ID, HELD_ON, PARTICIPANTS, SUMMARY))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotRecordReviewMeetings() {
        fixture.given(signedContract())
               .when(new RecordReviewMeeting(ID, HELD_ON, PARTICIPANTS, SUMMARY), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(new RecordReviewMeeting(ID, HELD_ON, PARTICIPANTS, SUMMARY), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
