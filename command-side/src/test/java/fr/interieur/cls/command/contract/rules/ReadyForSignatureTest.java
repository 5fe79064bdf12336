package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.ContractHistory;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.LyonContract.DELINQUENCY;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.PERCEPTION;
import static fr.interieur.cls.command.testing.LyonContract.RESPONSES;
import static fr.interieur.cls.command.testing.LyonContract.actionAdded;
import static fr.interieur.cls.command.testing.LyonContract.diagnostic;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.incompleteDiagnostic;
import static fr.interieur.cls.command.testing.LyonContract.readyToSign;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ReadyForSignatureTest {

    private static final LocalDate JUNE_2000 = LocalDate.of(2000, 6, 30);
    private static final LocalDate OCTOBER_2000 = LocalDate.of(2000, 10, 2);

    @Test
    void aCompleteDiagnosticAndOneActionMakeAContractReadyToSign() {
        assertThatCode(() -> ReadyForSignature.check(ContractHistory.replay(readyToSign())))
                .doesNotThrowAnyException();
    }

    @Test
    void anActionPlanOfAbandonedActionsIsEmpty() {
        fr.interieur.cls.events.contract.ActionAdded action = actionAdded();
        refused(() -> ReadyForSignature.check(ContractHistory.replay(with(readyToSign(),
                        new fr.interieur.cls.events.contract.ActionProgressRecorded(
                                ID, action.actionId(), fr.interieur.cls.events.types.ActionStatus.PLANNED,
                                fr.interieur.cls.events.types.ActionStatus.ABANDONED, List.of(), "Financement refusé", null)))),
                conflict(ReadyForSignature.EMPTY_ACTION_PLAN));
    }

    @Test
    void aContractWithoutDiagnosticIsNotReady() {
        Throwable refusal = refused(() -> ReadyForSignature.check(ContractHistory.replay(
                with(inPreparation(), actionAdded()))), conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC));
        assertThat(refusal).hasMessageContaining("no diagnostic yet");
    }

    @Test
    void theDiagnosticNeedsTheDelinquencySituation() {
        refused(() -> ReadyForSignature.check(withDiagnostic(
                        new DiagnosticAdopted(ID, 1, JUNE_2000, null, PERCEPTION, RESPONSES, List.of()))),
                conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC));
    }

    @Test
    void theDiagnosticNeedsTheFeelingOfInsecurity() {
        refused(() -> ReadyForSignature.check(withDiagnostic(
                        new DiagnosticAdopted(ID, 1, JUNE_2000, DELINQUENCY, null, RESPONSES, List.of()))),
                conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC));
    }

    @Test
    void theDiagnosticNeedsHowWellCurrentResponsesWork() {
        refused(() -> ReadyForSignature.check(withDiagnostic(
                        new DiagnosticAdopted(ID, 1, JUNE_2000, DELINQUENCY, PERCEPTION, null, List.of()))),
                conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC));
    }

    @Test
    void theLatestVersionOfTheDiagnosticIsTheOneThatCounts() {
        refused(() -> ReadyForSignature.check(ContractHistory.replay(with(
                        inPreparation(), diagnostic(1, JUNE_2000), incompleteDiagnostic(2, OCTOBER_2000),
                        actionAdded()))),
                conflict(ReadyForSignature.INCOMPLETE_DIAGNOSTIC));
        assertThatCode(() -> ReadyForSignature.check(ContractHistory.replay(with(
                inPreparation(), incompleteDiagnostic(1, JUNE_2000), diagnostic(2, OCTOBER_2000), actionAdded()))))
                .doesNotThrowAnyException();
    }

    @Test
    void anEmptyActionPlanIsNotReady() {
        refused(() -> ReadyForSignature.check(ContractHistory.replay(with(inPreparation(), diagnostic(1, JUNE_2000)))),
                conflict(ReadyForSignature.EMPTY_ACTION_PLAN));
    }

    @Test
    void aSignedContractIsNotSignedAgain() {
        Throwable refusal = refused(() -> ReadyForSignature.check(ContractHistory.replay(signedContract())),
                                    conflict(ReadyForSignature.ALREADY_SIGNED));
        assertThat(refusal).hasMessageContaining("2000-11-20");
    }

    private static Contract withDiagnostic(DiagnosticAdopted diagnostic) {
        return ContractHistory.replay(with(inPreparation(), diagnostic, actionAdded()));
    }
}
