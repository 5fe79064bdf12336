package fr.interieur.cls.query.territory;

import fr.interieur.cls.events.DomainEvent;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.testing.ProjectionHarness;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static fr.interieur.cls.query.testing.TerritoryEvents.action;
import static fr.interieur.cls.query.testing.TerritoryEvents.amended;
import static fr.interieur.cls.query.testing.TerritoryEvents.district;
import static fr.interieur.cls.query.testing.TerritoryEvents.drafted;
import static fr.interieur.cls.query.testing.TerritoryEvents.ended;
import static fr.interieur.cls.query.testing.TerritoryEvents.progress;
import static fr.interieur.cls.query.testing.TerritoryEvents.proximity;
import static fr.interieur.cls.query.testing.TerritoryEvents.sector;
import static fr.interieur.cls.query.testing.TerritoryEvents.signed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage rule, read: a live contract covers the sectors it names, or the whole district it names without
 * naming any of its sectors; ended contracts cover nothing.
 */
class SectorCoverageIT {

    private static final LocalDate TODAY = LocalDate.of(2000, 10, 16);
    private static final String CSP = "CSP-69-VX";

    /** District CSP-69-VX (sectors A, B, C) where community policing runs since June 2000. */
    private static DistrictStatus given(DomainEvent... contractEvents) {
        ProjectionHarness harness = ProjectionHarness.of(new TerritoryProjection())
                .given(district(CSP, "69", 60000), sector(CSP, "A", 20000), sector(CSP, "B", 25000),
                       sector(CSP, "C", 15000), proximity(CSP, ProximityWave.WAVE_1, "2000-06-01"))
                .given(contractEvents);
        return territory(harness).district(CSP, TODAY).orElseThrow();
    }

    private static Territory territory(ProjectionHarness harness) {
        return new Territory(new NamedParameterJdbcTemplate(harness.jdbc()), harness.schema());
    }

    private static SectorStatus status(DistrictStatus district, String sectorId) {
        return district.sectors().stream().filter(s -> s.sectorId().equals(sectorId)).findFirst().orElseThrow();
    }

    private static List<String> covered(DistrictStatus district) {
        return district.sectors().stream().filter(SectorStatus::covered).map(SectorStatus::sectorId).toList();
    }

    @Test
    void aContractNamingASectorCoversThatSectorOnly() {
        DistrictStatus district = given(drafted("CLS-1", "69", 20000, List.of(), List.of("A")));
        assertThat(covered(district)).containsExactly("A");
        assertThat(status(district, "A").contracts())
                .containsExactly(new SectorStatus.CoveringContract("CLS-1", "Contrat CLS-1", "IN_PREPARATION"));
        assertThat(status(district, "B").contracts()).isEmpty();
        assertThat(district.fullyCovered()).isFalse();
        assertThat(district.uncoveredSectors()).isEqualTo(2);
        assertThat(district.flags()).containsExactly(Flags.SECTORS_NOT_COVERED);
        assertThat(district.flagDetails()).extracting(Flags.Flag::message).containsExactly(
                "Police de proximité déployée depuis le 2000-06-01 : 2 secteur(s) non couvert(s) par un contrat "
                + "signé ou en préparation");
        // uncovered sectors first, then by id
        assertThat(district.sectors()).extracting(SectorStatus::sectorId).containsExactly("B", "C", "A");
    }

    @Test
    void aContractNamingTheDistrictAndNoneOfItsSectorsCoversTheWholeDistrict() {
        DistrictStatus district = given(drafted("CLS-1", "69", 60000, List.of(CSP), List.of()),
                                        signed("CLS-1", "2000-03-01"));
        assertThat(covered(district)).containsExactly("A", "B", "C");
        assertThat(status(district, "C").contracts()).extracting(SectorStatus.CoveringContract::status)
                                                     .containsExactly("SIGNED");
        assertThat(district.fullyCovered()).isTrue();
        assertThat(district.flags()).isEmpty();
    }

    @Test
    void aContractNamingTheDistrictAndSomeOfItsSectorsCoversThoseSectorsOnly() {
        DistrictStatus district = given(drafted("CLS-1", "69", 20000, List.of(CSP), List.of("A")));
        assertThat(covered(district)).containsExactly("A");
    }

    @Test
    void aContractInPreparationCovers() {
        DistrictStatus district = given(drafted("CLS-1", "69", 60000, List.of(CSP), List.of()));
        assertThat(district.fullyCovered()).isTrue();
        assertThat(status(district, "A").contracts()).extracting(SectorStatus.CoveringContract::status)
                                                     .containsExactly("IN_PREPARATION");
    }

    @Test
    void anEndedContractCoversNothing() {
        DistrictStatus district = given(drafted("CLS-1", "69", 60000, List.of(CSP), List.of("A", "B", "C")),
                                        signed("CLS-1", "1999-03-01"), ended("CLS-1", "2000-09-30"));
        assertThat(covered(district)).isEmpty();
        assertThat(district.uncoveredSectors()).isEqualTo(3);
        assertThat(district.flags()).containsExactly(Flags.SECTORS_NOT_COVERED);
    }

    @Test
    void anAmendmentRemovingASectorUncoversIt() {
        DistrictStatus district = given(drafted("CLS-1", "69", 45000, List.of(CSP), List.of("A", "B")),
                                        amended("CLS-1", "AV1", List.of(), List.of(), List.of("B")));
        assertThat(covered(district)).containsExactly("A");
        assertThat(status(district, "B").covered()).isFalse();
    }

    @Test
    void twoContractsCoveringASectorAreBothListed() {
        DistrictStatus district = given(drafted("CLS-1", "69", 60000, List.of(CSP), List.of()),
                                        drafted("CLS-2", "69", 20000, List.of(), List.of("A")));
        assertThat(status(district, "A").contracts()).extracting(SectorStatus.CoveringContract::id)
                                                     .containsExactly("CLS-1", "CLS-2");
        assertThat(status(district, "B").contracts()).extracting(SectorStatus.CoveringContract::id)
                                                     .containsExactly("CLS-1");
    }

    @Test
    void actionsOfLiveContractsAreCountedByStatusInTheSectorsTheyAreDeclinedIn() {
        DistrictStatus district = given(
                drafted("CLS-1", "69", 60000, List.of(CSP), List.of()),
                action("CLS-1", "A1", ActionTheme.MEDIATION, "A", "B"),
                action("CLS-1", "A2", ActionTheme.TRANSPORTS, "A"),
                progress("CLS-1", "A2", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                action("CLS-1", "A3", ActionTheme.AUTRE),
                drafted("CLS-OLD", "69", 60000, List.of(CSP), List.of()),
                action("CLS-OLD", "A1", ActionTheme.MEDIATION, "A"),
                ended("CLS-OLD", "2000-01-31"));
        assertThat(status(district, "A").actions()).containsEntry("PLANNED", 1L).containsEntry("IN_PROGRESS", 1L)
                                                   .containsEntry("COMPLETED", 0L).containsEntry("ABANDONED", 0L);
        assertThat(status(district, "B").actions()).containsEntry("PLANNED", 1L).containsEntry("IN_PROGRESS", 0L);
        assertThat(status(district, "C").actions().values()).containsOnly(0L);
        assertThat(status(district, "A").proximityPolicing())
                .isEqualTo(new ProximityPolicing("1", LocalDate.of(2000, 6, 1)));
    }

    @Test
    void aGapWhereCommunityPolicingHasNotStartedYetRaisesNoFlag() {
        ProjectionHarness harness = ProjectionHarness.of(new TerritoryProjection())
                .given(district("CSP-01", "69", 1000), sector("CSP-01", "X", 1000),
                       proximity("CSP-01", ProximityWave.WAVE_3, "2001-01-15"),
                       district("CSP-02", "69", 1000), sector("CSP-02", "Y", 1000));
        List<DistrictStatus> districts = territory(harness).districts(Optional.of(Set.of("69")), TODAY);
        assertThat(districts).allSatisfy(district -> {
            assertThat(district.fullyCovered()).isFalse();
            assertThat(district.flags()).isEmpty();
        });
        assertThat(districts.get(0).proximityPolicing().wave()).isEqualTo("3");
        assertThat(districts.get(1).proximityPolicing()).isNull();
    }

    @Test
    void aDistrictWithoutSectorsIsCoveredWhenALiveContractNamesIt() {
        ProjectionHarness harness = ProjectionHarness.of(new TerritoryProjection())
                .given(district("CSP-NAMED", "69", 1000), proximity("CSP-NAMED", ProximityWave.PILOT, "1999-10-01"),
                       district("CSP-BARE", "69", 1000), proximity("CSP-BARE", ProximityWave.PILOT, "1999-10-01"),
                       drafted("CLS-1", "69", 1000, List.of("CSP-NAMED"), List.of()));
        Territory territory = territory(harness);
        assertThat(territory.district("CSP-NAMED", TODAY).orElseThrow().fullyCovered()).isTrue();
        DistrictStatus bare = territory.district("CSP-BARE", TODAY).orElseThrow();
        assertThat(bare.fullyCovered()).isFalse();
        assertThat(bare.flags()).containsExactly(Flags.SECTORS_NOT_COVERED);
    }

    @Test
    void aDepartementsDistrictsComeNotFullyCoveredFirstAndOnlyItsOwn() {
        ProjectionHarness harness = ProjectionHarness.of(new TerritoryProjection())
                .given(district("CSP-69-A", "69", 1000), sector("CSP-69-A", "A1", 1000),
                       district("CSP-69-B", "69", 1000), sector("CSP-69-B", "B1", 1000),
                       district("CSP-01-A", "01", 1000), sector("CSP-01-A", "Z1", 1000),
                       drafted("CLS-1", "69", 1000, List.of("CSP-69-A"), List.of()));
        Territory territory = territory(harness);
        assertThat(territory.districts(Optional.of(Set.of("69")), TODAY)).extracting(DistrictStatus::districtId)
                                                                          .containsExactly("CSP-69-B", "CSP-69-A");
        assertThat(territory.districts(Optional.of(Set.of()), TODAY)).isEmpty();
        assertThat(territory.districts(Optional.empty(), TODAY)).hasSize(3);
        assertThat(territory.departementOf("CSP-01-A")).contains("01");
        assertThat(territory.district("CSP-NONE", TODAY)).isEmpty();
    }
}
