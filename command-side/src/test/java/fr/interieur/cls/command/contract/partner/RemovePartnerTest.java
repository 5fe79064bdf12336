package fr.interieur.cls.command.contract.partner;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.events.contract.PartnerLeft;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.IN_PREPARATION_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.PREFET;
import static fr.interieur.cls.command.testing.LyonContract.RECTEUR;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.recteurJoined;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.notFound;
import static org.assertj.core.api.Assertions.assertThat;

class RemovePartnerTest {

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    RemovePartnerTest() {
        fixture.registerAnnotatedCommandHandler(new PartnerHandler(new Contracts(fixture.getRepository())));
    }

    @Test
    void aPartnerLeavesTheContract() {
        fixture.given(with(inPreparation(), recteurJoined()))
               .when(new RemovePartner(ID, RECTEUR))
               .expectEvents(new PartnerLeft(ID, RECTEUR))
               .expectState(contract -> assertThat(contract.partner(RECTEUR)).isEmpty());
    }

    @Test
    void someoneWhoIsNotAPartnerCannotLeave() {
        fixture.given(inPreparation())
               .when(new RemovePartner(ID, RECTEUR))
               .expectException(notFound(PartnerHandler.UNKNOWN))
               .expectNoEvents();
    }

    @Test
    void aPartnerWhoAlreadyLeftCannotLeaveAgain() {
        fixture.given(with(inPreparation(), recteurJoined(), new PartnerLeft(ID, RECTEUR)))
               .when(new RemovePartner(ID, RECTEUR))
               .expectException(notFound(PartnerHandler.UNKNOWN))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(new RemovePartner(ID, PREFET))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotRemovePartners() {
        fixture.given(with(inPreparation(), recteurJoined()))
               .when(new RemovePartner(ID, RECTEUR), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(with(inPreparation(), recteurJoined()))
               .when(new RemovePartner(ID, RECTEUR), prefectureOf("69", IN_PREPARATION_VERSION))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
