package fr.interieur.cls.command.district.sector;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.district.Districts;
import fr.interieur.cls.command.district.PoliceDistrict;
import fr.interieur.cls.command.testing.FakeDistrictDirectory;
import fr.interieur.cls.events.district.SectorDefined;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Places.CSP_LYON;
import static fr.interieur.cls.command.testing.Places.CSP_VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.minguettes;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.registered;
import static org.assertj.core.api.Assertions.assertThat;

class DefineSectorTest {

    private static final DefineSector MINGUETTES_SECTOR = new DefineSector(
            CSP_VENISSIEUX, MINGUETTES, "Les Minguettes", List.of("Armstrong", "Darnaise", "Monmousseau", "Pyramide"),
            21_000);

    private final FakeDistrictDirectory directory = new FakeDistrictDirectory().district(CSP_VENISSIEUX, RHONE);
    private final AggregateTestFixture<PoliceDistrict> fixture = new AggregateTestFixture<>(PoliceDistrict.class);

    DefineSectorTest() {
        fixture.registerAnnotatedCommandHandler(
                new DefineSectorHandler(new Districts(fixture.getRepository()), directory));
    }

    @Test
    void aSectorIsDefinedWithItsQuartiers() {
        fixture.given(registered())
               .when(MINGUETTES_SECTOR)
               .expectEvents(minguettes())
               .expectState(district -> assertThat(district.hasSector(MINGUETTES)).isTrue());
    }

    @Test
    void aSectorOfTheDistrictMayBeRedefined() {
        directory.district(CSP_VENISSIEUX, RHONE, MINGUETTES);
        SectorDefined redefined = new SectorDefined(CSP_VENISSIEUX, MINGUETTES, "Les Minguettes - Clochettes",
                                                    List.of("Armstrong", "Darnaise", "Clochettes"), 23_500);
        fixture.given(registered(), minguettes())
               .when(new DefineSector(CSP_VENISSIEUX, MINGUETTES, "Les Minguettes - Clochettes",
                                      List.of("Armstrong", "Darnaise", "Clochettes"), 23_500))
               .expectEvents(redefined);
    }

    @Test
    void aSectorIdNamesOneSectorAcrossAllDistricts() {
        // contracts and actions name sectors without their district
        directory.district(CSP_LYON, RHONE, MINGUETTES);
        fixture.given(registered())
               .when(MINGUETTES_SECTOR)
               .expectException(conflict(DefineSectorHandler.SECTOR_ID_TAKEN))
               .expectNoEvents();
    }

    @Test
    void anUnknownDistrictIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(MINGUETTES_SECTOR)
               .expectException(AggregateNotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotDefineSectors() {
        fixture.given(registered())
               .when(MINGUETTES_SECTOR, prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(registered(), minguettes())
               .when(MINGUETTES_SECTOR, prefectureOf("69", 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadTheCurrentVersionDefinesTheSector() {
        fixture.given(registered())
               .when(MINGUETTES_SECTOR, prefectureOf("69", 1))
               .expectEvents(minguettes());
    }
}
