package fr.interieur.cls.command.district.proximity;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.district.Districts;
import fr.interieur.cls.command.district.PoliceDistrict;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import fr.interieur.cls.events.types.ProximityWave;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.Places.CSP_VENISSIEUX;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.minguettes;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.registered;
import static org.assertj.core.api.Assertions.assertThat;

class DeployProximityPolicingTest {

    private static final LocalDate WAVE_1_START = LocalDate.of(2000, 6, 1);

    private final AggregateTestFixture<PoliceDistrict> fixture = new AggregateTestFixture<>(PoliceDistrict.class);

    DeployProximityPolicingTest() {
        fixture.registerAnnotatedCommandHandler(
                new DeployProximityPolicingHandler(new Districts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void communityPolicingIsDeployedInAWaveFromADate() {
        fixture.given(registered(), minguettes())
               .when(new DeployProximityPolicing(CSP_VENISSIEUX, ProximityWave.WAVE_1, WAVE_1_START))
               .expectEvents(new ProximityPolicingDeployed(CSP_VENISSIEUX, ProximityWave.WAVE_1, WAVE_1_START))
               .expectState(district -> assertThat(district.proximityWave()).contains(ProximityWave.WAVE_1));
    }

    @Test
    void aDeploymentStartingTodayIsRecorded() {
        fixture.given(registered())
               .when(new DeployProximityPolicing(CSP_VENISSIEUX, ProximityWave.WAVE_3, TODAY_DATE))
               .expectEvents(new ProximityPolicingDeployed(CSP_VENISSIEUX, ProximityWave.WAVE_3, TODAY_DATE));
    }

    @Test
    void aDeploymentThatHasNotStartedYetIsRefused() {
        fixture.given(registered())
               .when(new DeployProximityPolicing(CSP_VENISSIEUX, ProximityWave.WAVE_3, TOMORROW))
               .expectException(invalid("date.in-future", "startedOn"))
               .expectNoEvents();
    }

    @Test
    void communityPolicingIsDeployedOncePerDistrict() {
        fixture.given(registered(), new ProximityPolicingDeployed(CSP_VENISSIEUX, ProximityWave.PILOT,
                                                                  LocalDate.of(1999, 6, 1)))
               .when(new DeployProximityPolicing(CSP_VENISSIEUX, ProximityWave.WAVE_1, WAVE_1_START))
               .expectException(conflict(DeployProximityPolicingHandler.ALREADY_DEPLOYED))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotDeployIt() {
        fixture.given(registered())
               .when(new DeployProximityPolicing(CSP_VENISSIEUX, ProximityWave.WAVE_1, WAVE_1_START),
                     prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(registered(), minguettes())
               .when(new DeployProximityPolicing(CSP_VENISSIEUX, ProximityWave.WAVE_1, WAVE_1_START),
                     prefectureOf("69", 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
