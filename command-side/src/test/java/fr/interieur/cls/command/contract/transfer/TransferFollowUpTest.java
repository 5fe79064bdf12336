package fr.interieur.cls.command.contract.transfer;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.FollowUpTransferred;
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
import static fr.interieur.cls.command.testing.LyonContract.readyToSign;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class TransferFollowUpTest {

    private static final String CLSPD = "CLSPD de Vénissieux";
    private static final LocalDate TRANSFERRED_ON = LocalDate.of(2002, 5, 2);

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    TransferFollowUpTest() {
        fixture.registerAnnotatedCommandHandler(
                new TransferFollowUpHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void followUpOfASignedContractIsEntrustedToALocalCouncil() {
        fixture.given(signedContract())
               .when(new TransferFollowUp(ID, CLSPD, TRANSFERRED_ON))
               .expectEvents(new FollowUpTransferred(ID, CLSPD, TRANSFERRED_ON))
               .expectState(contract -> assertThat(contract.followUpCouncil()).contains(CLSPD));
    }

    @Test
    void aTransferDatedTodayIsRecorded() {
        fixture.given(signedContract())
               .when(new TransferFollowUp(ID, CLSPD, TODAY_DATE))
               .expectEvents(new FollowUpTransferred(ID, CLSPD, TODAY_DATE));
    }

    @Test
    void aTransferDatedInTheFutureIsRefused() {
        fixture.given(signedContract())
               .when(new TransferFollowUp(ID, CLSPD, TOMORROW))
               .expectException(invalid("date.in-future", "transferredOn"))
               .expectNoEvents();
    }

    @Test
    void aContractNotSignedYetHasNoFollowUpToTransfer() {
        fixture.given(readyToSign())
               .when(new TransferFollowUp(ID, CLSPD, TRANSFERRED_ON))
               .expectException(conflict(TransferFollowUpHandler.NOT_SIGNED))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(new TransferFollowUp(ID, CLSPD, TRANSFERRED_ON))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotTransferFollowUp() {
        fixture.given(signedContract())
               .when(new TransferFollowUp(ID, CLSPD, TRANSFERRED_ON), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(new TransferFollowUp(ID, CLSPD, TRANSFERRED_ON), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
