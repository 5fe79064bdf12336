package fr.interieur.cls.command.contract.amendment;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.contract.rules.SingleLiveContractPerCommune;
import fr.interieur.cls.command.contract.rules.Territory;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.command.testing.FakeDistrictDirectory;
import fr.interieur.cls.command.testing.FakeTerritoryClaims;
import fr.interieur.cls.events.contract.ContractAmended;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.OTHER_RHONE_CONTRACT;
import static fr.interieur.cls.command.testing.LyonContract.SIGNED_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.readyToSign;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Places.CSP_MARSEILLE_NORD;
import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.LYON_9E;
import static fr.interieur.cls.command.testing.Places.MARSEILLE;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Places.VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.VILLEURBANNE;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class AmendContractTest {

    private static final AmendmentId AVENANT_1 = AmendmentId.of("AVENANT-1");
    private static final LocalDate SIGNED_ON = LocalDate.of(2001, 10, 1);
    private static final String SUMMARY = "Extension du contrat à Villeurbanne";
    private static final DistrictId CSP_VILLEURBANNE = DistrictId.of("CSP-69-VILLEURBANNE");
    private static final SectorId TONKIN = SectorId.of("VILLEURBANNE-TONKIN");
    private static final ContractId TCL_NETWORK = ContractId.of("CLS-69-RESEAU-TCL");
    private static final ContractId SUCCESSOR = ContractId.of("CLS-69-AGGLOMERATION-2002");

    private final FakeTerritoryClaims claims = new FakeTerritoryClaims();
    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    AmendContractTest() {
        FakeDistrictDirectory districts = FakeDistrictDirectory.rhoneAndBouchesDuRhone()
                                                               .district(CSP_VILLEURBANNE, RHONE, TONKIN);
        fixture.registerAnnotatedCommandHandler(new AmendContractHandler(new Contracts(fixture.getRepository()),
                                                                         districts, claims, Days.TODAY));
    }

    @Test
    void anAmendmentExtendsTheTerritoryToACommuneItsDistrictAndSector() {
        long population = 501_939 + 124_215;
        fixture.given(signedContract())
               .when(new AmendContract(ID, AVENANT_1, SIGNED_ON, SUMMARY, List.of(VILLEURBANNE), List.of(),
                                       List.of(CSP_VILLEURBANNE), List.of(TONKIN), List.of(), population))
               .expectEvents(new ContractAmended(ID, AVENANT_1, SIGNED_ON, SUMMARY, List.of(VILLEURBANNE), List.of(),
                                                 List.of(CSP_VILLEURBANNE), List.of(TONKIN), List.of(), population))
               .expectState(contract -> {
                   assertThat(contract.covers(VILLEURBANNE.code())).isTrue();
                   assertThat(contract.sectorIds()).contains(TONKIN);
                   assertThat(contract.populationCovered()).isEqualTo(population);
               });
    }

    @Test
    void anAmendmentWithdrawsACommuneAndASector() {
        fixture.given(signedContract())
               .when(new AmendContract(ID, AVENANT_1, SIGNED_ON, "Vénissieux se dote de son propre contrat",
                                       List.of(), List.of(VENISSIEUX.code()), List.of(), List.of(),
                                       List.of(MINGUETTES), null))
               .expectEvents(new ContractAmended(ID, AVENANT_1, SIGNED_ON, "Vénissieux se dote de son propre contrat",
                                                 List.of(), List.of(VENISSIEUX.code()), List.of(), List.of(),
                                                 List.of(MINGUETTES), null))
               .expectState(contract -> {
                   assertThat(contract.covers(VENISSIEUX.code())).isFalse();
                   assertThat(contract.sectorIds()).containsExactly(LYON_8E);
               });
    }

    @Test
    void anAmendmentMayBeSignedToday() {
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, TODAY_DATE))
               .expectEvents(new ContractAmended(ID, AVENANT_1, TODAY_DATE, SUMMARY, List.of(VILLEURBANNE), List.of(),
                                                 List.of(), List.of(), List.of(), null));
    }

    @Test
    void anAmendmentSignedInTheFutureIsRefused() {
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, TOMORROW))
               .expectException(invalid("date.in-future", "signedOn"))
               .expectNoEvents();
    }

    @Test
    void onlyASignedContractIsAmended() {
        fixture.given(readyToSign())
               .when(addCommune(VILLEURBANNE, SIGNED_ON))
               .expectException(conflict(AmendContractHandler.NOT_SIGNED))
               .expectNoEvents();
    }

    @Test
    void anAmendmentIsRecordedOnce() {
        fixture.given(with(signedContract(), new ContractAmended(ID, AVENANT_1, SIGNED_ON, SUMMARY,
                                                                 List.of(VILLEURBANNE), List.of(), List.of(),
                                                                 List.of(), List.of(), null)))
               .when(new AmendContract(ID, AVENANT_1, SIGNED_ON, "Le même avenant, renvoyé", List.of(), List.of(),
                                       List.of(), List.of(), List.of(), 640_000L))
               .expectException(conflict(AmendContractHandler.ALREADY_RECORDED))
               .expectNoEvents();
    }

    @Test
    void anAddedCommuneIsOfTheContractsDepartement() {
        fixture.given(signedContract())
               .when(addCommune(MARSEILLE, SIGNED_ON))
               .expectException(invalid(Territory.COMMUNE_OTHER_DEPARTEMENT, "addCommunes[0].code"))
               .expectNoEvents();
    }

    @Test
    void aCommuneAlreadyCoveredIsNotAddedAgain() {
        fixture.given(signedContract())
               .when(addCommune(LYON, SIGNED_ON))
               .expectException(invalid(AmendContractHandler.COMMUNE_ALREADY_COVERED, "addCommunes[0].code"))
               .expectNoEvents();
    }

    @Test
    void onlyACoveredCommuneIsWithdrawn() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(VILLEURBANNE.code()), List.of(), List.of(), List.of()))
               .expectException(invalid(AmendContractHandler.COMMUNE_NOT_COVERED, "removeCommunes[0]"))
               .expectNoEvents();
    }

    @Test
    void aContractKeepsAtLeastOneCommune() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(LYON.code(), VENISSIEUX.code()), List.of(), List.of(), List.of()))
               .expectException(conflict(AmendContractHandler.NO_COMMUNE_LEFT))
               .expectNoEvents();
    }

    @Test
    void anAddedPoliceDistrictIsKnown() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(), List.of(DistrictId.of("CSP-69-GIVORS")), List.of(), List.of()))
               .expectException(invalid(Territory.DISTRICT_UNKNOWN, "addDistrictIds[0]"))
               .expectNoEvents();
    }

    @Test
    void anAddedPoliceDistrictIsOfTheContractsDepartement() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(), List.of(CSP_MARSEILLE_NORD), List.of(), List.of()))
               .expectException(invalid(Territory.DISTRICT_OTHER_DEPARTEMENT, "addDistrictIds[0]"))
               .expectNoEvents();
    }

    @Test
    void anAddedSectorIsKnown() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(), List.of(), List.of(SectorId.of("LYON-5E-VIEUX-LYON")), List.of()))
               .expectException(invalid(Territory.SECTOR_UNKNOWN, "addSectorIds[0]"))
               .expectNoEvents();
    }

    @Test
    void anAddedSectorBelongsToAPoliceDistrictTheContractCovers() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(), List.of(), List.of(LYON_9E, TONKIN), List.of()))
               .expectException(invalid(Territory.SECTOR_OUTSIDE_DISTRICTS, "addSectorIds[1]"))
               .expectNoEvents();
    }

    @Test
    void aSectorAlreadyCoveredIsNotAddedAgain() {
        // the registry of territory claims holds one row per contract and sector: a second claim of the same sector
        // would fail when the event is handled instead of being refused as a rule
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(), List.of(), List.of(LYON_9E, LYON_8E), List.of()))
               .expectException(invalid(AmendContractHandler.SECTOR_ALREADY_COVERED, "addSectorIds[1]"))
               .expectNoEvents();
    }

    @Test
    void onlyACoveredSectorIsWithdrawn() {
        fixture.given(signedContract())
               .when(territory(List.of(), List.of(), List.of(), List.of(), List.of(MINGUETTES, LYON_9E)))
               .expectException(invalid(AmendContractHandler.SECTOR_NOT_COVERED, "removeSectorIds[1]"))
               .expectNoEvents();
    }

    @Test
    void anAddedCommuneIsNotInAnotherLiveContractOfTheSameKind() {
        claims.live(OTHER_RHONE_CONTRACT, ContractScope.COMMUNE, VILLEURBANNE.code());
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, SIGNED_ON))
               .expectException(conflict(SingleLiveContractPerCommune.RULE))
               .expectNoEvents();
    }

    @Test
    void anAddedCommuneMayBeCoveredByATransportNetworkContract() {
        claims.live(TCL_NETWORK, ContractScope.TRANSPORT_NETWORK, VILLEURBANNE.code(), LYON.code());
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, SIGNED_ON))
               .expectEvents(new ContractAmended(ID, AVENANT_1, SIGNED_ON, SUMMARY, List.of(VILLEURBANNE), List.of(),
                                                 List.of(), List.of(), List.of(), null));
    }

    @Test
    void anAddedCommuneMayBeCoveredByTheContractThatSupersedesThisOne() {
        claims.live(SUCCESSOR, ContractScope.INTERCOMMUNAL, ID, List.of(LYON.code(), VILLEURBANNE.code()), List.of());
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, SIGNED_ON))
               .expectEvents(new ContractAmended(ID, AVENANT_1, SIGNED_ON, SUMMARY, List.of(VILLEURBANNE), List.of(),
                                                 List.of(), List.of(), List.of(), null));
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(addCommune(VILLEURBANNE, SIGNED_ON))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotAmend() {
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, SIGNED_ON), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(signedContract())
               .when(addCommune(VILLEURBANNE, SIGNED_ON), prefectureOf("69", SIGNED_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    private static AmendContract addCommune(Commune commune, LocalDate signedOn) {
        return new AmendContract(ID, AVENANT_1, signedOn, SUMMARY, List.of(commune), List.of(), List.of(), List.of(),
                                 List.of(), null);
    }

    private static AmendContract territory(List<Commune> addCommunes, List<InseeCode> removeCommunes,
                                           List<DistrictId> addDistrictIds, List<SectorId> addSectorIds,
                                           List<SectorId> removeSectorIds) {
        return new AmendContract(ID, AVENANT_1, SIGNED_ON, SUMMARY, addCommunes, removeCommunes, addDistrictIds,
                                 addSectorIds, removeSectorIds, null);
    }
}
