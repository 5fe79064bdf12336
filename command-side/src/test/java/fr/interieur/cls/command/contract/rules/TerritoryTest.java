package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.testing.FakeDistrictDirectory;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.interieur.cls.command.testing.Places.CSP_LYON;
import static fr.interieur.cls.command.testing.Places.CSP_MARSEILLE_NORD;
import static fr.interieur.cls.command.testing.Places.CSP_VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.LYON;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.MARSEILLE;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Places.VENISSIEUX;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThatCode;

class TerritoryTest {

    private final FakeDistrictDirectory districts = FakeDistrictDirectory.rhoneAndBouchesDuRhone();
    private final Territory rhone = new Territory(districts, RHONE);

    @Test
    void communesOfTheDepartementAreAccepted() {
        assertThatCode(() -> rhone.requireCommunes(List.of(LYON, VENISSIEUX), "communes")).doesNotThrowAnyException();
    }

    @Test
    void aCommuneOfAnotherDepartementIsRefusedAtItsPosition() {
        refused(() -> rhone.requireCommunes(List.of(LYON, VENISSIEUX, MARSEILLE), "addCommunes"),
                invalid(Territory.COMMUNE_OTHER_DEPARTEMENT, "addCommunes[2].code"));
    }

    @Test
    void corsicanCommunesBelongToTheirOwnDepartement() {
        Territory corseDuSud = new Territory(districts, DepartementCode.of("2A"));
        Commune ajaccio = new Commune(InseeCode.of("2A004"), "Ajaccio", 52_880);
        Commune bastia = new Commune(InseeCode.of("2B033"), "Bastia", 37_884);
        assertThatCode(() -> corseDuSud.requireCommunes(List.of(ajaccio), "communes")).doesNotThrowAnyException();
        refused(() -> corseDuSud.requireCommunes(List.of(ajaccio, bastia), "communes"),
                invalid(Territory.COMMUNE_OTHER_DEPARTEMENT, "communes[1].code"));
    }

    @Test
    void overseasCommunesBelongToTheirThreeDigitDepartement() {
        Territory reunion = new Territory(districts, DepartementCode.of("974"));
        Commune saintDenis = new Commune(InseeCode.of("97411"), "Saint-Denis", 131_557);
        Commune fortDeFrance = new Commune(InseeCode.of("97209"), "Fort-de-France", 94_049);
        assertThatCode(() -> reunion.requireCommunes(List.of(saintDenis), "communes")).doesNotThrowAnyException();
        refused(() -> reunion.requireCommunes(List.of(fortDeFrance), "communes"),
                invalid(Territory.COMMUNE_OTHER_DEPARTEMENT, "communes[0].code"));
    }

    @Test
    void policeDistrictsOfTheDepartementAreAccepted() {
        assertThatCode(() -> rhone.requireDistricts(List.of(CSP_LYON, CSP_VENISSIEUX), "districtIds"))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnregisteredPoliceDistrictIsRefused() {
        refused(() -> rhone.requireDistricts(List.of(CSP_LYON, DistrictId.of("CSP-69-GIVORS")), "districtIds"),
                invalid(Territory.DISTRICT_UNKNOWN, "districtIds[1]"));
    }

    @Test
    void aPoliceDistrictOfAnotherDepartementIsRefused() {
        refused(() -> rhone.requireDistricts(List.of(CSP_MARSEILLE_NORD), "addDistrictIds"),
                invalid(Territory.DISTRICT_OTHER_DEPARTEMENT, "addDistrictIds[0]"));
    }

    @Test
    void sectorsOfTheNamedDistrictsAreAccepted() {
        assertThatCode(() -> rhone.requireSectors(List.of(LYON_8E, MINGUETTES), List.of(CSP_LYON, CSP_VENISSIEUX),
                                                  "sectorIds"))
                .doesNotThrowAnyException();
    }

    @Test
    void anUndefinedSectorIsRefused() {
        refused(() -> rhone.requireSectors(List.of(SectorId.of("LYON-5E-VIEUX-LYON")), List.of(CSP_LYON), "sectorIds"),
                invalid(Territory.SECTOR_UNKNOWN, "sectorIds[0]"));
    }

    @Test
    void aSectorOfADistrictTheContractDoesNotNameIsRefused() {
        refused(() -> rhone.requireSectors(List.of(LYON_8E, MINGUETTES), List.of(CSP_LYON), "sectorIds"),
                invalid(Territory.SECTOR_OUTSIDE_DISTRICTS, "sectorIds[1]"));
    }
}
