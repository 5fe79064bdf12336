package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.ContractHistory;
import fr.interieur.cls.events.contract.ChairDelegated;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ChairDelegationTest {

    private static final LocalDate FROM = LocalDate.of(2001, 1, 1);
    private static final LocalDate TO = LocalDate.of(2001, 12, 31);
    private static final Chair DUPRE = new Chair("Hélène Dupré", ChairOffice.SOUS_PREFET);

    private final Contract withoutDelegation = ContractHistory.replay(signedContract());
    private final Contract delegatedFor2001 = ContractHistory.replay(
            with(signedContract(), new ChairDelegated(ID, "Hélène Dupré", FROM, TO)));

    @Test
    void thePrefetChairsWithoutAnyDelegation() {
        assertThatCode(() -> ChairDelegation.check(withoutDelegation, new Chair("Pierre Lambert", ChairOffice.PREFET),
                                                   LocalDate.of(2001, 3, 12)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSousPrefetWithoutDelegationDoesNotChair() {
        Throwable refusal = refused(() -> ChairDelegation.check(withoutDelegation, DUPRE, LocalDate.of(2001, 3, 12)),
                                    conflict(ChairDelegation.RULE));
        assertThat(refusal).hasMessageContaining("Hélène Dupré").hasMessageContaining("2001-03-12");
    }

    @Test
    void theDelegationCoversItsFirstDay() {
        assertThatCode(() -> ChairDelegation.check(delegatedFor2001, DUPRE, FROM)).doesNotThrowAnyException();
    }

    @Test
    void theDelegationCoversItsLastDay() {
        assertThatCode(() -> ChairDelegation.check(delegatedFor2001, DUPRE, TO)).doesNotThrowAnyException();
    }

    @Test
    void theDelegationDoesNotCoverTheDayBeforeItStarts() {
        refused(() -> ChairDelegation.check(delegatedFor2001, DUPRE, FROM.minusDays(1)), conflict(ChairDelegation.RULE));
    }

    @Test
    void theDelegationDoesNotCoverTheDayAfterItEnds() {
        refused(() -> ChairDelegation.check(delegatedFor2001, DUPRE, TO.plusDays(1)), conflict(ChairDelegation.RULE));
    }

    @Test
    void aDelegationUntilFurtherNoticeCoversEveryLaterMeeting() {
        Contract openEnded = ContractHistory.replay(with(signedContract(), new ChairDelegated(ID, "Hélène Dupré", FROM,
                                                                                             null)));
        assertThatCode(() -> ChairDelegation.check(openEnded, DUPRE, LocalDate.of(2009, 6, 30)))
                .doesNotThrowAnyException();
        refused(() -> ChairDelegation.check(openEnded, DUPRE, FROM.minusDays(1)), conflict(ChairDelegation.RULE));
    }

    @Test
    void theChairIsRecognisedWhateverTheCaseAccentsOrSpacesOfTheName() {
        Chair typedInHaste = new Chair("  HELENE   dupre ", ChairOffice.SOUS_PREFET);
        assertThatCode(() -> ChairDelegation.check(delegatedFor2001, typedInHaste, LocalDate.of(2001, 3, 12)))
                .doesNotThrowAnyException();
    }

    @Test
    void namesCompareWithoutCaseAccentsPunctuationRepeatedSpacesOrCivilTitle() {
        assertThat(ChairDelegation.normalized("M.  Dupré")).isEqualTo("dupre");
        assertThat(ChairDelegation.normalized("Éloïse\tLe Bœuf")).isEqualTo("eloise le bœuf");
        assertThat(ChairDelegation.normalized("Mme Hélène Dupré-Roux")).isEqualTo(ChairDelegation.normalized("hélène DUPRE ROUX"));
        assertThat(ChairDelegation.normalized("Madame Hélène Dupré")).isEqualTo("helene dupre");
        // a first name that starts like a title is kept
        assertThat(ChairDelegation.normalized("Mathilde Moreau")).isEqualTo("mathilde moreau");
    }

    @Test
    void aTitledChairMatchesAnUntitledDelegation() {
        assertThatCode(() -> ChairDelegation.check(delegatedFor2001, new Chair("Mme Hélène Dupré", ChairOffice.SOUS_PREFET),
                                                   LocalDate.of(2001, 3, 12))).doesNotThrowAnyException();
    }

    @Test
    void anotherSousPrefetsDelegationDoesNotCount() {
        refused(() -> ChairDelegation.check(delegatedFor2001, new Chair("Marc Dupont", ChairOffice.SOUS_PREFET),
                                            LocalDate.of(2001, 3, 12)),
                conflict(ChairDelegation.RULE));
    }

    @Test
    void aRenewedDelegationCoversMeetingsAfterTheFirstOneExpired() {
        Contract renewed = ContractHistory.replay(with(signedContract(), new ChairDelegated(ID, "Hélène Dupré", FROM, TO),
                                                       new ChairDelegated(ID, "Hélène Dupré", LocalDate.of(2002, 2, 1),
                                                                          null)));
        assertThatCode(() -> ChairDelegation.check(renewed, DUPRE, LocalDate.of(2002, 3, 4)))
                .doesNotThrowAnyException();
        // the month between the two delegations stays uncovered
        refused(() -> ChairDelegation.check(renewed, DUPRE, LocalDate.of(2002, 1, 15)), conflict(ChairDelegation.RULE));
    }
}
