package fr.interieur.cls.command.contract.committee;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.ChairDelegation;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.contract.CommitteeMeetingHeld;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;
import fr.interieur.cls.events.types.MeetingId;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.ACTION;
import static fr.interieur.cls.command.testing.LyonContract.BAILLEUR;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.MAIRE_VENISSIEUX;
import static fr.interieur.cls.command.testing.LyonContract.PREFET;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class RecordCommitteeMeetingTest {

    private static final MeetingId COPIL = MeetingId.of("COPIL-2001-03-12");
    private static final LocalDate HELD_ON = LocalDate.of(2001, 3, 12);
    private static final LocalDate NEXT = LocalDate.of(2001, 9, 17);
    private static final Chair PREFET_CHAIR = new Chair("Pierre Lambert", ChairOffice.PREFET);
    private static final Chair SOUS_PREFET_CHAIR = new Chair("Hélène Dupré", ChairOffice.SOUS_PREFET);
    private static final List<Attendee> ATTENDEES = List.of(
            new Attendee(PREFET, null, null),
            new Attendee(MAIRE_VENISSIEUX, null, null),
            new Attendee(null, "Commissaire Bernard", "DDSP du Rhône"));
    private static final List<String> DECISIONS = List.of("Étendre la médiation de nuit au week-end");

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    RecordCommitteeMeetingTest() {
        fixture.registerAnnotatedCommandHandler(
                new RecordCommitteeMeetingHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void theSteeringCommitteeChairedByThePrefetMeets() {
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(ACTION), NEXT))
               .expectEvents(new CommitteeMeetingHeld(ID, COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(ACTION),
                                                      DECISIONS, NEXT));
    }

    @Test
    void aSousPrefetHoldingTheDelegationOnTheDayChairs() {
        fixture.given(with(signedContract(), new ChairDelegated(ID, "Hélène Dupré", LocalDate.of(2001, 1, 1),
                                                                LocalDate.of(2001, 12, 31))))
               .when(meeting(COPIL, HELD_ON, SOUS_PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectEvents(new CommitteeMeetingHeld(ID, COPIL, HELD_ON, SOUS_PREFET_CHAIR, ATTENDEES, List.of(),
                                                      DECISIONS, null));
    }

    @Test
    void aSousPrefetWithoutDelegationDoesNotChair() {
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, SOUS_PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectException(conflict(ChairDelegation.RULE))
               .expectNoEvents();
    }

    @Test
    void aDelegationThatExpiredBeforeTheMeetingDoesNotCount() {
        fixture.given(with(signedContract(), new ChairDelegated(ID, "Hélène Dupré", LocalDate.of(2000, 1, 1),
                                                                LocalDate.of(2000, 12, 31))))
               .when(meeting(COPIL, HELD_ON, SOUS_PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectException(conflict(ChairDelegation.RULE))
               .expectNoEvents();
    }

    @Test
    void aMeetingIsRecordedOnce() {
        fixture.given(with(signedContract(), new CommitteeMeetingHeld(ID, COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES,
                                                                      List.of(), DECISIONS, null)))
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectException(conflict(RecordCommitteeMeetingHandler.ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void aMeetingHeldTodayIsRecorded() {
        MeetingId today = MeetingId.of("COPIL-2002-06-15");
        fixture.given(signedContract())
               .when(meeting(today, TODAY_DATE, PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectEvents(new CommitteeMeetingHeld(ID, today, TODAY_DATE, PREFET_CHAIR, ATTENDEES, List.of(),
                                                      DECISIONS, null));
    }

    @Test
    void aMeetingThatHasNotTakenPlaceYetIsRefused() {
        fixture.given(signedContract())
               .when(meeting(COPIL, TOMORROW, PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectException(invalid("date.in-future", "heldOn"))
               .expectNoEvents();
    }

    @Test
    void theNextMeetingComesAfterThisOne() {
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(), HELD_ON))
               .expectException(invalid(RecordCommitteeMeetingHandler.NEXT_MEETING_BEFORE, "nextMeetingOn"))
               .expectNoEvents();
    }

    @Test
    void theActionsReviewedAreActionsOfTheContract() {
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES,
                             List.of(ACTION, ActionId.of("FA-09-VIDEOSURVEILLANCE")), null))
               .expectException(invalid(RecordCommitteeMeetingHandler.UNKNOWN_ACTION, "actionsReviewed[1]"))
               .expectNoEvents();
    }

    @Test
    void anAttendeeNamedAsAPartnerIsAPartnerOfTheContract() {
        List<Attendee> attendees = List.of(new Attendee(PREFET, null, null), new Attendee(BAILLEUR, null, null));
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, attendees, List.of(), null))
               .expectException(invalid(RecordCommitteeMeetingHandler.UNKNOWN_ATTENDEE, "attendees[1].partnerId"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(), null))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotRecordMeetings() {
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(), null), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(meeting(COPIL, HELD_ON, PREFET_CHAIR, ATTENDEES, List.of(), null),
                     prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    private static RecordCommitteeMeeting meeting(MeetingId meetingId, LocalDate heldOn, Chair chair,
                                                  List<Attendee> attendees, List<ActionId> reviewed,
                                                  LocalDate nextMeetingOn) {
        return new RecordCommitteeMeeting(ID, meetingId, heldOn, chair, attendees, reviewed, DECISIONS, nextMeetingOn);
    }
}
