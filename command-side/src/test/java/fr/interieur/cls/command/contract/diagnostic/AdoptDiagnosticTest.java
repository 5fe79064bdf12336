package fr.interieur.cls.command.contract.diagnostic;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.testing.Days;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.types.SectorFinding;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.interieur.cls.command.testing.Actors.prefectureOf;
import static fr.interieur.cls.command.testing.Days.TODAY_DATE;
import static fr.interieur.cls.command.testing.Days.TOMORROW;
import static fr.interieur.cls.command.testing.LyonContract.DELINQUENCY;
import static fr.interieur.cls.command.testing.LyonContract.ID;
import static fr.interieur.cls.command.testing.LyonContract.IN_PREPARATION_VERSION;
import static fr.interieur.cls.command.testing.LyonContract.PERCEPTION;
import static fr.interieur.cls.command.testing.LyonContract.RESPONSES;
import static fr.interieur.cls.command.testing.LyonContract.endedContract;
import static fr.interieur.cls.command.testing.LyonContract.inPreparation;
import static fr.interieur.cls.command.testing.LyonContract.incompleteDiagnostic;
import static fr.interieur.cls.command.testing.LyonContract.signedContract;
import static fr.interieur.cls.command.testing.LyonContract.with;
import static fr.interieur.cls.command.testing.Places.LYON_8E;
import static fr.interieur.cls.command.testing.Places.LYON_9E;
import static fr.interieur.cls.command.testing.Places.MINGUETTES;
import static fr.interieur.cls.command.testing.Refusals.conflict;
import static fr.interieur.cls.command.testing.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;

class AdoptDiagnosticTest {

    private static final LocalDate ADOPTED_ON = LocalDate.of(2000, 6, 30);
    private static final List<SectorFinding> FINDINGS = List.of(
            new SectorFinding(LYON_8E, "Cambriolages en hausse autour de l'avenue des États-Unis"),
            new SectorFinding(MINGUETTES, "Rodéos et dégradations de halls d'immeubles"));

    private final AggregateTestFixture<Contract> fixture = new AggregateTestFixture<>(Contract.class);

    AdoptDiagnosticTest() {
        fixture.registerAnnotatedCommandHandler(
                new AdoptDiagnosticHandler(new Contracts(fixture.getRepository()), Days.TODAY));
    }

    @Test
    void theFirstDiagnosticIsVersionOne() {
        fixture.given(inPreparation())
               .when(adopt(ADOPTED_ON, FINDINGS))
               .expectEvents(new DiagnosticAdopted(ID, 1, ADOPTED_ON, DELINQUENCY, PERCEPTION, RESPONSES, FINDINGS));
    }

    @Test
    void eachUpdateOfTheDiagnosticIsTheNextVersion() {
        LocalDate update = LocalDate.of(2001, 9, 15);
        fixture.given(with(signedContract(), incompleteDiagnostic(2, LocalDate.of(2001, 1, 10))))
               .when(adopt(update, FINDINGS))
               .expectEvents(new DiagnosticAdopted(ID, 3, update, DELINQUENCY, PERCEPTION, RESPONSES, FINDINGS))
               .expectState(contract -> assertThat(contract.diagnosticComplete()).isTrue());
    }

    @Test
    void aDiagnosticStillMissingAPartMayBeAdoptedAsAStep() {
        // completeness is what signing demands (rule 1), not what adopting a version demands
        fixture.given(inPreparation())
               .when(new AdoptDiagnostic(ID, ADOPTED_ON, DELINQUENCY, null, null, List.of()))
               .expectEvents(new DiagnosticAdopted(ID, 1, ADOPTED_ON, DELINQUENCY, null, null, List.of()))
               .expectState(contract -> assertThat(contract.diagnosticComplete()).isFalse());
    }

    @Test
    void aDiagnosticMayBeAdoptedToday() {
        fixture.given(inPreparation())
               .when(adopt(TODAY_DATE, List.of()))
               .expectEvents(new DiagnosticAdopted(ID, 1, TODAY_DATE, DELINQUENCY, PERCEPTION, RESPONSES, List.of()));
    }

    @Test
    void aDiagnosticAdoptedInTheFutureIsRefused() {
        fixture.given(inPreparation())
               .when(adopt(TOMORROW, List.of()))
               .expectException(invalid("date.in-future", "adoptedOn"))
               .expectNoEvents();
    }

    @Test
    void findingsOnlyConcernSectorsTheContractCovers() {
        List<SectorFinding> findings = List.of(FINDINGS.get(0),
                                               new SectorFinding(LYON_9E, "Sentiment d'abandon à la Duchère"));
        fixture.given(inPreparation())
               .when(adopt(ADOPTED_ON, findings))
               .expectException(invalid(AdoptDiagnosticHandler.SECTOR_NOT_COVERED, "sectorFindings[1].sectorId"))
               .expectNoEvents();
    }

    @Test
    void nothingIsRecordedOnAnEndedContract() {
        fixture.given(endedContract())
               .when(adopt(ADOPTED_ON, FINDINGS))
               .expectException(conflict(LiveContract.RULE))
               .expectNoEvents();
    }

    @Test
    void aPrefectureOfAnotherDepartementMayNotAdoptTheDiagnostic() {
        fixture.given(inPreparation())
               .when(adopt(ADOPTED_ON, FINDINGS), prefectureOf("13"))
               .expectException(AccessDenied.class)
               .expectNoEvents();
    }

    @Test
    void aClientThatReadAnOlderVersionIsRefused() {
        fixture.given(inPreparation())
               .when(adopt(ADOPTED_ON, FINDINGS), prefectureOf("69", IN_PREPARATION_VERSION - 1))
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }

    private static AdoptDiagnostic adopt(LocalDate adoptedOn, List<SectorFinding> findings) {
        return new AdoptDiagnostic(ID, adoptedOn, DELINQUENCY, PERCEPTION, RESPONSES, findings);
    }
}
