package fr.interieur.cls.command.contract;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.communication.RecordCommunication;
import fr.interieur.cls.command.contract.communication.RecordCommunicationHandler;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.Refusals.conflict;

/** The order in which every contract command is checked: unknown, scope, version, then rule 4. */
class ContractsTest {

    private static final LocalDate HELD_ON = LocalDate.of(2001, 2, 8);
    private static final RecordCommunication LEAFLET = new RecordCommunication(
            ID, HELD_ON, "dépliant", "habitants du 8e arrondissement", "Numéros utiles et médiateurs de nuit");

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    ContractsTest() {
        fixture.registerAnnotatedCommandHandler(
                new RecordCommunicationHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void anUnknownContractIsNotFoundWhoeverAsks() {
        fixture.givenNoPriorActivity()
               .when(LEAFLET, prefectureOf("13"))
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void theScopeIsCheckedBeforeTheVersion() {
        // someone who may not act here learns nothing about the contract's version
        fixture.given(signedContract())
               .when(LEAFLET, prefectureOf("13", SIGNED_VERSION - 1))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void theVersionIsCheckedBeforeTheRulesSoAStaleClientRereadsFirst() {
        fixture.given(endedContract())
               .when(LEAFLET, prefectureOf("69", SIGNED_VERSION))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    @Test
    void aClientUpToDateWithAnEndedContractMeetsRuleFour() {
        fixture.given(endedContract())
               .when(LEAFLET, prefectureOf("69", SIGNED_VERSION + 1))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void theVersionCountsEventsSoAVersionAheadOfTheContractIsRefused() {
        fixture.given(signedContract())
               .when(LEAFLET, prefectureOf("69", SIGNED_VERSION + 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    @Test
    void theVersionIsTheNumberOfEventsTheClientSaw() {
        fixture.given(signedContract())
               .when(LEAFLET, prefectureOf("69", SIGNED_VERSION))
               .expectEvents(new CommunicationCarriedOut(ID, HELD_ON, "dépliant", "habitants du 8e arrondissement",
                                                         "Numéros utiles et médiateurs de nuit"));
    }
}
