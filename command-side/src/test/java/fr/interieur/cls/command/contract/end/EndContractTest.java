package fr.interieur.cls.command.contract.end;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.command.testing.FakeContractDirectory;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.EndReason;
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
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.Places.BOUCHES_DU_RHONE;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class EndContractTest {

    private static final ContractId SUCCESSOR = ContractId.of("CLS-69-LYON-VENISSIEUX-2002");
    private static final ContractId MARSEILLE_CONTRACT = ContractId.of("CLS-13-MARSEILLE");
    private static final LocalDate ENDED_ON = LocalDate.of(2002, 3, 31);

    private final FakeContractDirectory directory = new FakeContractDirectory()
            .contract(ID, RHONE, ContractStatus.SIGNED)
            .contract(SUCCESSOR, RHONE, ContractStatus.IN_PREPARATION)
            .contract(MARSEILLE_CONTRACT, BOUCHES_DU_RHONE, ContractStatus.SIGNED);
    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    EndContractTest() {
        fixture.registerAnnotatedCommandHandler(
                new EndContractHandler(new Contracts(fixture.getRepository()), directory, Days.TODAY));
    }

    @Test
    void aContractExpires() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.EXPIRED, null))
               .expectEvents(new ContractEnded(ID, ENDED_ON, EndReason.EXPIRED, null))
               .expectState(contract -> assertThat(contract.status()).isEqualTo(ContractStatus.ENDED));
    }

    @Test
    void aContractIsSupersededByTheContractThatReplacesIt() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.SUPERSEDED, SUCCESSOR))
               .expectEvents(new ContractEnded(ID, ENDED_ON, EndReason.SUPERSEDED, SUCCESSOR));
    }

    @Test
    void aContractInPreparationMayBeAbandoned() {
        fixture.given(inPreparation())
               .when(new EndContract(ID, ENDED_ON, EndReason.DENOUNCED, null))
               .expectEvents(new ContractEnded(ID, ENDED_ON, EndReason.DENOUNCED, null));
    }

    @Test
    void aContractMayEndToday() {
        fixture.given(signedContract())
               .when(new EndContract(ID, TODAY_DATE, EndReason.DENOUNCED, null))
               .expectEvents(new ContractEnded(ID, TODAY_DATE, EndReason.DENOUNCED, null));
    }

    @Test
    void anEndDatedInTheFutureIsRefused() {
        fixture.given(signedContract())
               .when(new EndContract(ID, TOMORROW, EndReason.EXPIRED, null))
               .expectException(invalid("date.in-future", "endedOn"))
               .expectNoEvents();
    }

    @Test
    void aSupersededContractNamesTheContractThatSupersedesIt() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.SUPERSEDED, null))
               .expectException(invalid(EndContractHandler.SUPERSEDED_BY_MISSING, "supersededBy"))
               .expectNoEvents();
    }

    @Test
    void onlyASupersededContractNamesASuccessor() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.EXPIRED, MARSEILLE_CONTRACT))
               .expectException(invalid(EndContractHandler.SUPERSEDED_BY_UNEXPECTED, "supersededBy"))
               .expectNoEvents();
    }

    @Test
    void theSupersedingContractExists() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.SUPERSEDED, ContractId.of("CLS-69-INCONNU")))
               .expectException(invalid(EndContractHandler.SUPERSEDED_BY_UNKNOWN, "supersededBy"))
               .expectNoEvents();
    }

    @Test
    void aContractDoesNotSupersedeItself() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.SUPERSEDED, ID))
               .expectException(invalid(EndContractHandler.SUPERSEDED_BY_UNKNOWN, "supersededBy"))
               .expectNoEvents();
    }

    @Test
    void theSupersedingContractIsOfTheSameDepartement() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.SUPERSEDED, MARSEILLE_CONTRACT))
               .expectException(invalid(EndContractHandler.SUPERSEDED_BY_UNKNOWN, "supersededBy"))
               .expectNoEvents();
    }

    @Test
    void anEndedContractDoesNotEndAgain() {
        fixture.given(endedContract())
               .when(new EndContract(ID, TODAY_DATE, EndReason.EXPIRED, null))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotEndTheContract() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.EXPIRED, null), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(new EndContract(ID, ENDED_ON, EndReason.EXPIRED, null), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
