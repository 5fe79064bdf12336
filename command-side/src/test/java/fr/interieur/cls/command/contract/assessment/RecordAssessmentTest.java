package fr.interieur.cls.command.contract.assessment;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.contract.rules.OneAssessmentPerYear;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.readyToSign;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class RecordAssessmentTest {

    private static final String RESULTS = "Baisse de 18 % des incivilités signalées aux Minguettes";
    private static final String IMPACT = "Moins de dégradations dans les halls, plaintes des commerçants en recul";
    private static final String FOLLOW_UP = "Comité de pilotage réuni deux fois, tableaux de bord trimestriels";
    private static final String PERCEPTION = "Enquête de suivi : sentiment d'insécurité en légère baisse";
    private static final List<String> PROPOSALS = List.of("Étendre la médiation de nuit au 8e arrondissement");

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    RecordAssessmentTest() {
        fixture.registerAnnotatedCommandHandler(
                new RecordAssessmentHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void theYearlyAssessmentOfASignedContractIsRecorded() {
        fixture.given(signedContract())
               .when(assessment(2001, false))
               .expectEvents(recorded(2001, false));
    }

    @Test
    void theCurrentYearMayBeAssessedOnceItHasBegun() {
        fixture.given(signedContract())
               .when(assessment(2002, false))
               .expectEvents(recorded(2002, false));
    }

    @Test
    void aYearThatHasNotBegunIsNotAssessed() {
        fixture.given(signedContract())
               .when(assessment(2003, false))
               .expectException(invalid(OneAssessmentPerYear.FUTURE_YEAR, "year"))
               .expectNoEvents();
    }

    @Test
    void aSecondAssessmentOfTheSameYearIsRefusedUnlessItIsACorrection() {
        fixture.given(with(signedContract(), recorded(2001, false)))
               .when(assessment(2001, false))
               .expectException(conflict(OneAssessmentPerYear.ALREADY_ASSESSED))
               .expectNoEvents();
    }

    @Test
    void aCorrectionReplacesTheAssessmentOfItsYear() {
        fixture.given(with(signedContract(), recorded(2001, false)))
               .when(assessment(2001, true))
               .expectEvents(recorded(2001, true));
    }

    @Test
    void aCorrectionNeedsAnAssessmentToCorrect() {
        fixture.given(with(signedContract(), recorded(2000, false)))
               .when(assessment(2001, true))
               .expectException(conflict(OneAssessmentPerYear.NOTHING_TO_CORRECT))
               .expectNoEvents();
    }

    @Test
    void aContractNotSignedYetIsNotAssessed() {
        fixture.given(readyToSign())
               .when(assessment(2001, false))
               .expectException(conflict(RecordAssessmentHandler.NOT_SIGNED))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(assessment(2001, false))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotAssess() {
        fixture.given(signedContract())
               .when(assessment(2001, false), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(assessment(2001, false), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    private static RecordAssessment assessment(int year, boolean correction) {
        return new RecordAssessment(ID, year, RESULTS, IMPACT, FOLLOW_UP, PERCEPTION, PROPOSALS, correction);
    }

    private static AssessmentRecorded recorded(int year, boolean correction) {
        return new AssessmentRecorded(ID, year, RESULTS, IMPACT, FOLLOW_UP, PERCEPTION, PROPOSALS, correction);
    }
}
