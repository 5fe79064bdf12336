package fr.interieur.cls.command.contract.draft;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.SingleLiveContractPerCommune;
import fr.interieur.cls.command.contract.rules.Territory;
import fr.interieur.cls.command.testing.FakeContractDirectory;
import fr.interieur.cls.command.testing.FakeDistrictDirectory;
import fr.interieur.cls.command.testing.FakeTerritoryClaims;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.POPULATION;
import static fr.interieur.cls.command.testing.LyonContract.drafted;
import static fr.interieur.cls.command.testing.Places.BOUCHES_DU_RHONE;
import static fr.interieur.cls.command.testing.Places.CSP_LYON;
import static fr.interieur.cls.command.testing.Places.CSP_MARSEILLE_NORD;
import static fr.interieur.cls.command.testing.Places.CSP_VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.LYON_9E;
import static fr.interieur.cls.command.testing.Places.MARSEILLE;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Places.VENISSIEUX;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static org.hamcrest.Matchers.containsString;

class DraftContractTest {

    private static final ContractId OLD_CONTRACT = ContractId.of("CLS-69-LYON-1998");
    private static final ContractId MARSEILLE_CONTRACT = ContractId.of("CLS-13-MARSEILLE");
    private static final ContractId TCL_NETWORK = ContractId.of("CLS-69-RESEAU-TCL");
    private static final ContractId DUCHERE = ContractId.of("CLS-69-LYON-DUCHERE");
    private static final ContractId ETATS_UNIS = ContractId.of("CLS-69-LYON-ETATS-UNIS");

    private final FakeContractDirectory contracts = new FakeContractDirectory();
    private final FakeTerritoryClaims claims = new FakeTerritoryClaims();
    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    DraftContractTest() {
        fixture.registerAnnotatedCommandHandler(new DraftContractHandler(
                new Contracts(fixture.getRepository()), contracts, FakeDistrictDirectory.rhoneAndBouchesDuRhone(),
                claims));
    }

    @Test
    void draftsAContractForItsTerritory() {
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(null), prefectureOf("69"))
               .expectEvents(drafted());
    }

    @Test
    void aContractIdAlreadyTakenIsRefused() {
        contracts.contract(ID, RHONE, ContractStatus.SIGNED);
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(null))
               .expectException(conflict(DraftContractHandler.ALREADY_EXISTS))
               .expectNoEvents();
    }

    @Test
    void aContractMayCoverTheCommunesOfTheContractItSupersedes() {
        contracts.contract(OLD_CONTRACT, RHONE, ContractStatus.SIGNED);
        claims.live(OLD_CONTRACT, ContractScope.INTERCOMMUNAL, LYON.code(), VENISSIEUX.code());
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(OLD_CONTRACT))
               .expectEvents(new ContractDrafted(ID, drafted().title(), RHONE, ContractScope.INTERCOMMUNAL,
                                                 List.of(LYON, VENISSIEUX), List.of(CSP_LYON, CSP_VENISSIEUX),
                                                 List.of(LYON_8E, MINGUETTES), POPULATION, OLD_CONTRACT));
    }

    @Test
    void cannotSupersedeAContractThatDoesNotExist() {
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(OLD_CONTRACT))
               .expectException(invalid(DraftContractHandler.SUPERSEDES_UNKNOWN, "supersedes"))
               .expectNoEvents();
    }

    @Test
    void cannotSupersedeAContractOfAnotherDepartement() {
        contracts.contract(MARSEILLE_CONTRACT, BOUCHES_DU_RHONE, ContractStatus.SIGNED);
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(MARSEILLE_CONTRACT))
               .expectException(invalid(DraftContractHandler.SUPERSEDES_UNKNOWN, "supersedes"))
               .expectNoEvents();
    }

    @Test
    void cannotSupersedeAContractThatHasEnded() {
        contracts.contract(OLD_CONTRACT, RHONE, ContractStatus.ENDED);
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(OLD_CONTRACT))
               .expectException(conflict(DraftContractHandler.SUPERSEDES_ENDED))
               .expectNoEvents();
    }

    @Test
    void aCommuneOfAnotherDepartementIsRefused() {
        fixture.givenNoPriorActivity()
               .when(draft(ID, ContractScope.INTERCOMMUNAL, List.of(LYON, MARSEILLE), List.of(CSP_LYON), List.of()))
               .expectException(invalid(Territory.COMMUNE_OTHER_DEPARTEMENT, "communes[1].code"))
               .expectNoEvents();
    }

    @Test
    void anUnknownPoliceDistrictIsRefused() {
        fixture.givenNoPriorActivity()
               .when(draft(ID, ContractScope.COMMUNE, List.of(LYON), List.of(CSP_LYON, DistrictId.of("CSP-69-GIVORS")),
                           List.of()))
               .expectException(invalid(Territory.DISTRICT_UNKNOWN, "districtIds[1]"))
               .expectNoEvents();
    }

    @Test
    void aPoliceDistrictOfAnotherDepartementIsRefused() {
        fixture.givenNoPriorActivity()
               .when(draft(ID, ContractScope.COMMUNE, List.of(LYON), List.of(CSP_MARSEILLE_NORD), List.of()))
               .expectException(invalid(Territory.DISTRICT_OTHER_DEPARTEMENT, "districtIds[0]"))
               .expectNoEvents();
    }

    @Test
    void anUnknownSectorIsRefused() {
        fixture.givenNoPriorActivity()
               .when(draft(ID, ContractScope.COMMUNE, List.of(LYON), List.of(CSP_LYON),
                           List.of(SectorId.of("LYON-5E-VIEUX-LYON"))))
               .expectException(invalid(Territory.SECTOR_UNKNOWN, "sectorIds[0]"))
               .expectNoEvents();
    }

    @Test
    void aSectorOfAPoliceDistrictTheContractDoesNotNameIsRefused() {
        fixture.givenNoPriorActivity()
               .when(draft(ID, ContractScope.INTERCOMMUNAL, List.of(LYON, VENISSIEUX), List.of(CSP_LYON),
                           List.of(LYON_8E, MINGUETTES)))
               .expectException(invalid(Territory.SECTOR_OUTSIDE_DISTRICTS, "sectorIds[1]"))
               .expectNoEvents();
    }

    @Test
    void aCommuneIsNotInTwoLiveContractsOfTheSameKind() {
        claims.live(OLD_CONTRACT, ContractScope.COMMUNE, VENISSIEUX.code());
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(null))
               .expectException(conflict(SingleLiveContractPerCommune.RULE))
               .expectExceptionMessage(containsString("commune 69259 (contract CLS-69-LYON-1998)"))
               .expectNoEvents();
    }

    @Test
    void aTransportNetworkContractMayCoverCommunesThatHaveTheirOwnContract() {
        claims.live(ID, ContractScope.INTERCOMMUNAL, LYON.code(), VENISSIEUX.code());
        DraftContract network = draft(TCL_NETWORK, ContractScope.TRANSPORT_NETWORK, List.of(LYON, VENISSIEUX),
                                      List.of(CSP_LYON, CSP_VENISSIEUX), List.of());
        fixture.givenNoPriorActivity()
               .when(network)
               .expectEvents(new ContractDrafted(TCL_NETWORK, network.title(), RHONE, ContractScope.TRANSPORT_NETWORK,
                                                 network.communes(), network.districtIds(), List.of(),
                                                 network.populationCovered(), null));
    }

    @Test
    void quartierContractsOfOneCommuneMayEachCoverTheirOwnSector() {
        claims.live(DUCHERE, ContractScope.QUARTIER, null, List.of(LYON.code()), List.of(LYON_9E));
        DraftContract etatsUnis = draft(ETATS_UNIS, ContractScope.QUARTIER, List.of(LYON), List.of(CSP_LYON),
                                        List.of(LYON_8E));
        fixture.givenNoPriorActivity()
               .when(etatsUnis)
               .expectEvents(new ContractDrafted(ETATS_UNIS, etatsUnis.title(), RHONE, ContractScope.QUARTIER,
                                                 List.of(LYON), List.of(CSP_LYON), List.of(LYON_8E),
                                                 etatsUnis.populationCovered(), null));
    }

    @Test
    void twoQuartierContractsMayNotCoverTheSameSector() {
        claims.live(DUCHERE, ContractScope.QUARTIER, null, List.of(LYON.code()), List.of(LYON_9E));
        fixture.givenNoPriorActivity()
               .when(draft(ETATS_UNIS, ContractScope.QUARTIER, List.of(LYON), List.of(CSP_LYON),
                           List.of(LYON_8E, LYON_9E)))
               .expectException(conflict(SingleLiveContractPerCommune.RULE))
               .expectExceptionMessage(containsString("sector LYON-9E-DUCHERE"))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotDraftInTheRhone() {
        fixture.givenNoPriorActivity()
               .when(lyonVenissieux(null), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    private static DraftContract lyonVenissieux(ContractId supersedes) {
        return new DraftContract(ID, "Contrat local de sécurité de Lyon et Vénissieux", RHONE,
                                 ContractScope.INTERCOMMUNAL, List.of(LYON, VENISSIEUX),
                                 List.of(CSP_LYON, CSP_VENISSIEUX), List.of(LYON_8E, MINGUETTES), POPULATION,
                                 supersedes);
    }

    private static DraftContract draft(ContractId contractId, ContractScope scope, List<Commune> communes,
                                       List<DistrictId> districtIds, List<SectorId> sectorIds) {
        long population = communes.stream().mapToLong(Commune::population).sum();
        return new DraftContract(contractId, "Contrat local de sécurité " + contractId, RHONE, scope, communes,
                                 districtIds, sectorIds, population, null);
    }
}
