package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.contract.ContractHistory;
import org.junit.jupiter.api.Test;

import static fr.interieur.cls.command.testing.LyonContract.ended;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.readyToSign;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class LiveContractTest {

    private static final String RULE_OF_THE_COMMAND = "contract.assessment.not-signed";

    @Test
    void aContractInPreparationTakesNewEvents() {
        assertThatCode(() -> LiveContract.require(ContractHistory.replay(inPreparation()))).doesNotThrowAnyException();
    }

    @Test
    void aSignedContractKeepsLiving() {
        assertThatCode(() -> LiveContract.require(ContractHistory.replay(signedContract()))).doesNotThrowAnyException();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        Throwable refusal = refused(() -> LiveContract.require(ContractHistory.replay(endedContract())),
                                    conflict(LiveContract.RULE));
        assertThat(refusal).hasMessageContaining("2002-03-31");
    }

    @Test
    void aContractAbandonedInPreparationIsEndedToo() {
        refused(() -> LiveContract.require(ContractHistory.replay(with(readyToSign(), ended()))),
                conflict(LiveContract.RULE));
    }

    @Test
    void whatNeedsASignedContractIsRefusedInPreparationUnderTheCommandsOwnRule() {
        Throwable refusal = refused(() -> LiveContract.requireSigned(ContractHistory.replay(readyToSign()),
                                                                     RULE_OF_THE_COMMAND, "a yearly assessment"),
                                    conflict(RULE_OF_THE_COMMAND));
        assertThat(refusal).hasMessageContaining("IN_PREPARATION");
    }

    @Test
    void whatNeedsASignedContractIsAcceptedOnceSigned() {
        assertThatCode(() -> LiveContract.requireSigned(ContractHistory.replay(signedContract()), RULE_OF_THE_COMMAND,
                                                        "a yearly assessment"))
                .doesNotThrowAnyException();
    }
}
