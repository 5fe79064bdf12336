package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.ContractHistory;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThatCode;

class OneAssessmentPerYearTest {

    private static final LocalDate JUNE_2002 = LocalDate.of(2002, 6, 15);

    private final Contract neverAssessed = ContractHistory.replay(signedContract());
    private final Contract assessedFor2001 = ContractHistory.replay(with(signedContract(), assessment(2001, false)));

    @Test
    void aPastYearIsAssessedOnce() {
        assertThatCode(() -> OneAssessmentPerYear.check(neverAssessed, 2001, false, JUNE_2002))
                .doesNotThrowAnyException();
    }

    @Test
    void theCurrentYearMayBeAssessedOnceItHasBegun() {
        assertThatCode(() -> OneAssessmentPerYear.check(neverAssessed, 2002, false, LocalDate.of(2002, 1, 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aYearThatHasNotBegunIsNotAssessedEvenOnNewYearsEve() {
        refused(() -> OneAssessmentPerYear.check(neverAssessed, 2003, false, LocalDate.of(2002, 12, 31)),
                invalid(OneAssessmentPerYear.FUTURE_YEAR, "year"));
    }

    @Test
    void aSecondAssessmentOfAYearIsRefused() {
        refused(() -> OneAssessmentPerYear.check(assessedFor2001, 2001, false, JUNE_2002),
                conflict(OneAssessmentPerYear.ALREADY_ASSESSED));
    }

    @Test
    void aLaterAssessmentOfAYearIsAcceptedAsACorrection() {
        assertThatCode(() -> OneAssessmentPerYear.check(assessedFor2001, 2001, true, JUNE_2002))
                .doesNotThrowAnyException();
    }

    @Test
    void aCorrectionMayItselfBeCorrected() {
        Contract corrected = ContractHistory.replay(with(signedContract(), assessment(2001, false),
                                                         assessment(2001, true)));
        assertThatCode(() -> OneAssessmentPerYear.check(corrected, 2001, true, JUNE_2002)).doesNotThrowAnyException();
        refused(() -> OneAssessmentPerYear.check(corrected, 2001, false, JUNE_2002),
                conflict(OneAssessmentPerYear.ALREADY_ASSESSED));
    }

    @Test
    void aCorrectionNeedsAnAssessmentOfThatYear() {
        refused(() -> OneAssessmentPerYear.check(assessedFor2001, 2000, true, JUNE_2002),
                conflict(OneAssessmentPerYear.NOTHING_TO_CORRECT));
    }

    @Test
    void eachYearHasItsOwnAssessment() {
        assertThatCode(() -> OneAssessmentPerYear.check(assessedFor2001, 2002, false, JUNE_2002))
                .doesNotThrowAnyException();
    }

    private static AssessmentRecorded assessment(int year, boolean correction) {
        return new AssessmentRecorded(ID, year, "Baisse des incivilités", "Halls moins dégradés",
                                      "Comité réuni deux fois", null, List.of(), correction);
    }
}
