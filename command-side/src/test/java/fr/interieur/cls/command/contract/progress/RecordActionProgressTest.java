package fr.interieur.cls.command.contract.progress;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.ActionProgressRecorded;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.IndicatorId;
import fr.interieur.cls.events.types.Measurement;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.ACTION;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.INCIVILITIES;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.Refusals.notFound;
import static org.assertj.core.api.Assertions.assertThat;

class RecordActionProgressTest {

    private static final Measurement MARCH = new Measurement(INCIVILITIES, new BigDecimal("95"),
                                                             LocalDate.of(2001, 3, 31));
    private static final Measurement JUNE = new Measurement(INCIVILITIES, new BigDecimal("82"),
                                                            LocalDate.of(2001, 6, 30));

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    RecordActionProgressTest() {
        fixture.registerAnnotatedCommandHandler(
                new RecordActionProgressHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void startingAnActionRecordsTheStatusItLeaves() {
        fixture.given(signedContract())
               .when(progress(ActionStatus.IN_PROGRESS, List.of(MARCH), "Deux médiateurs recrutés"))
               .expectEvents(new ActionProgressRecorded(ID, ACTION, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                                                        List.of(MARCH), "Deux médiateurs recrutés", TODAY_DATE))
               .expectState(contract -> assertThat(contract.action(ACTION).orElseThrow().status())
                       .isEqualTo(ActionStatus.IN_PROGRESS));
    }

    @Test
    void measurementsWithoutAStatusKeepTheActionWhereItIs() {
        fixture.given(with(signedContract(), started()))
               .when(progress(null, List.of(JUNE), null))
               .expectEvents(new ActionProgressRecorded(ID, ACTION, ActionStatus.IN_PROGRESS,
                                                        ActionStatus.IN_PROGRESS, List.of(JUNE), null, TODAY_DATE));
    }

    @Test
    void aNoteAloneIsWorthRecording() {
        fixture.given(with(signedContract(), started()))
               .when(progress(null, List.of(), "Le bailleur met un local à disposition"))
               .expectEvents(new ActionProgressRecorded(ID, ACTION, ActionStatus.IN_PROGRESS,
                                                        ActionStatus.IN_PROGRESS, List.of(),
                                                        "Le bailleur met un local à disposition", TODAY_DATE));
    }

    @Test
    void aPlannedActionMayBeAbandonedBeforeItStarts() {
        fixture.given(signedContract())
               .when(progress(ActionStatus.ABANDONED, List.of(), "Financement FIV refusé"))
               .expectEvents(new ActionProgressRecorded(ID, ACTION, ActionStatus.PLANNED, ActionStatus.ABANDONED,
                                                        List.of(), "Financement FIV refusé", TODAY_DATE));
    }

    @Test
    void aMeasurementTakenTodayIsAccepted() {
        Measurement today = new Measurement(INCIVILITIES, new BigDecimal("70"), TODAY_DATE);
        fixture.given(with(signedContract(), started()))
               .when(progress(null, List.of(today), null))
               .expectEvents(new ActionProgressRecorded(ID, ACTION, ActionStatus.IN_PROGRESS,
                                                        ActionStatus.IN_PROGRESS, List.of(today), null, TODAY_DATE));
    }

    @Test
    void anActionTheContractDoesNotHaveIsNotFound() {
        fixture.given(signedContract())
               .when(new RecordActionProgress(ID, ActionId.of("FA-09-VIDEOSURVEILLANCE"), ActionStatus.IN_PROGRESS,
                                              List.of(), null, null))
               .expectException(notFound(RecordActionProgressHandler.UNKNOWN_ACTION))
               .expectNoEvents();
    }

    @Test
    void aStartedActionDoesNotGoBackToPlanned() {
        fixture.given(with(signedContract(), started()))
               .when(progress(ActionStatus.PLANNED, List.of(), null))
               .expectException(conflict(RecordActionProgressHandler.STATUS_BACKWARDS))
               .expectNoEvents();
    }

    @Test
    void aCompletedActionIsNotReopened() {
        fixture.given(with(signedContract(), started(), moved(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED)))
               .when(progress(ActionStatus.IN_PROGRESS, List.of(), "Reprise à la rentrée"))
               .expectException(conflict(RecordActionProgressHandler.STATUS_BACKWARDS))
               .expectNoEvents();
    }

    @Test
    void anAbandonedActionIsNotCompletedLater() {
        fixture.given(with(signedContract(), started(), moved(ActionStatus.IN_PROGRESS, ActionStatus.ABANDONED)))
               .when(progress(ActionStatus.COMPLETED, List.of(), null))
               .expectException(conflict(RecordActionProgressHandler.STATUS_BACKWARDS))
               .expectNoEvents();
    }

    @Test
    void measurementsNameAnIndicatorOfTheAction() {
        Measurement unknown = new Measurement(IndicatorId.of("taux-absenteisme"), new BigDecimal("12"),
                                              LocalDate.of(2001, 6, 30));
        fixture.given(with(signedContract(), started()))
               .when(progress(null, List.of(JUNE, unknown), null))
               .expectException(invalid(RecordActionProgressHandler.UNKNOWN_INDICATOR,
                                        "measurements[1].indicatorId"))
               .expectNoEvents();
    }

    @Test
    void aMeasurementDatedInTheFutureIsRefused() {
        fixture.given(with(signedContract(), started()))
               .when(progress(null, List.of(new Measurement(INCIVILITIES, BigDecimal.TEN, TOMORROW)), null))
               .expectException(invalid("date.in-future", "measurements[0].measuredOn"))
               .expectNoEvents();
    }

    @Test
    void progressWithoutNewStatusMeasurementOrNoteIsRefused() {
        fixture.given(with(signedContract(), started()))
               .when(progress(ActionStatus.IN_PROGRESS, List.of(), "   "))
               .expectException(invalid(RecordActionProgressHandler.NOTHING_TO_RECORD, "body"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(progress(ActionStatus.IN_PROGRESS, List.of(MARCH), null))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotRecordProgress() {
        fixture.given(signedContract())
               .when(progress(ActionStatus.IN_PROGRESS, List.of(MARCH), null), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(progress(ActionStatus.IN_PROGRESS, List.of(MARCH), null),
                     prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    @Test
    void progressMayBeReportedForAnEarlierDay() {
        fixture.given(signedContract())
               .when(new RecordActionProgress(ID, ACTION, ActionStatus.IN_PROGRESS, List.of(), null,
                                              java.time.LocalDate.of(2001, 3, 31)), prefectureOf("69"))
               .expectEvents(new ActionProgressRecorded(ID, ACTION, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                                                        List.of(), null, java.time.LocalDate.of(2001, 3, 31)));
    }

    @Test
    void progressIsNotReportedForADayToCome() {
        fixture.given(signedContract())
               .when(new RecordActionProgress(ID, ACTION, ActionStatus.IN_PROGRESS, List.of(), null, TOMORROW),
                     prefectureOf("69"))
               .expectException(invalid("date.in-future", "reportedOn"))
               .expectNoEvents();
    }

    private static RecordActionProgress progress(ActionStatus status, List<Measurement> measurements, String note) {
        return new RecordActionProgress(ID, ACTION, status, measurements, note, null);
    }

    private static ActionProgressRecorded started() {
        return moved(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);
    }

    private static ActionProgressRecorded moved(ActionStatus from, ActionStatus to) {
        return new ActionProgressRecorded(ID, ACTION, from, to, List.of(MARCH), null, null);
    }
}
