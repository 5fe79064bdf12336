package fr.interieur.cls.command.contract.partner;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.LyonContract.BAILLEUR;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.IN_PREPARATION_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.MAIRE_LYON;
import static fr.interieur.cls.command.testing.LyonContract.RECTEUR;
import static fr.interieur.cls.command.testing.LyonContract.drafted;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.recteurJoined;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.VILLEURBANNE;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;

class AddPartnerTest {

    private static final AddPartner RECTEUR_JOINS = new AddPartner(ID, RECTEUR, "Recteur de l'académie de Lyon",
                                                                   PartnerCategory.RECTEUR, null);

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    AddPartnerTest() {
        fixture.registerAnnotatedCommandHandler(new PartnerHandler(new Contracts(fixture.getRepository())));
    }

    @Test
    void aPartnerJoinsAContractInPreparation() {
        fixture.given(inPreparation())
               .when(RECTEUR_JOINS)
               .expectEvents(recteurJoined());
    }

    @Test
    void partnersStillJoinOnceTheContractIsSigned() {
        fixture.given(signedContract())
               .when(new AddPartner(ID, BAILLEUR, "OPAC du Rhône", PartnerCategory.BAILLEUR_SOCIAL, null))
               .expectEvents(new PartnerJoined(ID, BAILLEUR, "OPAC du Rhône", PartnerCategory.BAILLEUR_SOCIAL, null));
    }

    @Test
    void theMayorOfACoveredCommuneJoins() {
        fixture.given(drafted())
               .when(new AddPartner(ID, MAIRE_LYON, "Maire de Lyon", PartnerCategory.MAIRE, LYON.code()))
               .expectEvents(new PartnerJoined(ID, MAIRE_LYON, "Maire de Lyon", PartnerCategory.MAIRE, LYON.code()));
    }

    @Test
    void aPartnerWhoLeftMayJoinAgain() {
        fixture.given(with(inPreparation(), recteurJoined(), new PartnerLeft(ID, RECTEUR)))
               .when(RECTEUR_JOINS)
               .expectEvents(recteurJoined());
    }

    @Test
    void aPartnerDoesNotJoinTwice() {
        fixture.given(with(inPreparation(), recteurJoined()))
               .when(RECTEUR_JOINS)
               .expectException(conflict(PartnerHandler.ALREADY_JOINED))
               .expectNoEvents();
    }

    @Test
    void aMayorNamesTheCommuneHeIsMayorOf() {
        fixture.given(drafted())
               .when(new AddPartner(ID, MAIRE_LYON, "Maire de Lyon", PartnerCategory.MAIRE, null))
               .expectException(invalid(PartnerHandler.MAYOR_WITHOUT_COMMUNE, "communeCode"))
               .expectNoEvents();
    }

    @Test
    void theMayorOfACommuneTheContractDoesNotCoverIsRefused() {
        fixture.given(drafted())
               .when(new AddPartner(ID, PartnerId.of("maire-villeurbanne"), "Maire de Villeurbanne",
                                    PartnerCategory.MAIRE, VILLEURBANNE.code()))
               .expectException(invalid(PartnerHandler.COMMUNE_NOT_COVERED, "communeCode"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(RECTEUR_JOINS)
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void anUnknownContractIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(RECTEUR_JOINS)
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotAddPartners() {
        fixture.given(inPreparation())
               .when(RECTEUR_JOINS, prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(inPreparation())
               .when(RECTEUR_JOINS, prefectureOf("69", IN_PREPARATION_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadTheCurrentVersionAddsThePartner() {
        fixture.given(inPreparation())
               .when(RECTEUR_JOINS, prefectureOf("69", IN_PREPARATION_VERSION))
               .expectEvents(recteurJoined());
    }
}
