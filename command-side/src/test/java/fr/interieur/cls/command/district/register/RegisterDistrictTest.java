package fr.interieur.cls.command.district.register;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.district.Districts;
import fr.interieur.cls.command.district.PoliceDistrict;
import fr.interieur.cls.command.testing.FakeDistrictDirectory;
import fr.interieur.cls.events.district.DistrictRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Places.CSP_VENISSIEUX;
import static fr.interieur.cls.command.testing.Places.MARSEILLE;
import static fr.interieur.cls.command.testing.Places.RHONE;
import static fr.interieur.cls.command.testing.Places.VENISSIEUX;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.NAME;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.POPULATION;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.SAINT_FONS;
import static fr.interieur.cls.command.testing.VenissieuxDistrict.registered;

class RegisterDistrictTest {

    private final FakeDistrictDirectory directory = new FakeDistrictDirectory();
    private final AggregateTestFixture<PoliceDistrict> fixture = new AggregateTestFixture<>(PoliceDistrict.class);

    RegisterDistrictTest() {
        fixture.registerAnnotatedCommandHandler(
                new RegisterDistrictHandler(new Districts(fixture.getRepository()), directory));
    }

    @Test
    void aPoliceDistrictIsRegisteredWithItsCommunes() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDistrict(CSP_VENISSIEUX, NAME, RHONE, POPULATION, List.of(VENISSIEUX, SAINT_FONS)),
                     prefectureOf("69"))
               .expectEvents(registered());
    }

    @Test
    void aPoliceDistrictMayBeRegisteredBeforeItsCommunesAreKnown() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDistrict(CSP_VENISSIEUX, NAME, RHONE, POPULATION, null))
               .expectEvents(new DistrictRegistered(CSP_VENISSIEUX, NAME, RHONE, POPULATION, List.of()));
    }

    @Test
    void aPoliceDistrictIsRegisteredOnce() {
        directory.district(CSP_VENISSIEUX, RHONE);
        fixture.givenNoPriorActivity()
               .when(new RegisterDistrict(CSP_VENISSIEUX, NAME, RHONE, POPULATION, List.of(VENISSIEUX, SAINT_FONS)))
               .expectException(conflict(RegisterDistrictHandler.ALREADY_EXISTS))
               .expectNoEvents();
    }

    @Test
    void itsCommunesAreInItsDepartement() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDistrict(CSP_VENISSIEUX, NAME, RHONE, POPULATION, List.of(VENISSIEUX, MARSEILLE)))
               .expectException(invalid(RegisterDistrictHandler.COMMUNE_OTHER_DEPARTEMENT, "communes[1].code"))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotRegisterIt() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDistrict(CSP_VENISSIEUX, NAME, RHONE, POPULATION, List.of(VENISSIEUX, SAINT_FONS)),
                     prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }
}
