package fr.interieur.cls.query.dashboard;

import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.query.contract.ContractsProjection;
import fr.interieur.cls.query.contract.FlagSettings;
import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.dashboard.Dashboard.DepartementLine;
import fr.interieur.cls.query.dashboard.Dashboard.DistrictGap;
import fr.interieur.cls.query.territory.Territory;
import fr.interieur.cls.query.territory.TerritoryProjection;
import fr.interieur.cls.query.testing.CombinedProjection;
import fr.interieur.cls.query.testing.ProjectionHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.interieur.cls.query.testing.TerritoryEvents.action;
import static fr.interieur.cls.query.testing.TerritoryEvents.district;
import static fr.interieur.cls.query.testing.TerritoryEvents.drafted;
import static fr.interieur.cls.query.testing.TerritoryEvents.ended;
import static fr.interieur.cls.query.testing.TerritoryEvents.progress;
import static fr.interieur.cls.query.testing.TerritoryEvents.proximity;
import static fr.interieur.cls.query.testing.TerritoryEvents.sector;
import static fr.interieur.cls.query.testing.TerritoryEvents.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Dashboard figures for two départements, computed by hand, from events fed to both the contracts and the
 * territory projections.
 * <p>
 * Rhône (69): Lyon (400 000 inhabitants; sectors L1, L2, L3; community policing since June 2000) with a contract
 * signed in March 2000 for L1 and L2 (300 000); Vénissieux (60 000; sector V1; no community policing) with a
 * contract in preparation for the whole district (60 000); an old contract (50 000), ended.
 * Bouches-du-Rhône (13): Marseille (800 000; sectors M1, M2; pilot since 1999) with a contract signed in May 2000
 * for the whole district (800 000); Aix (140 000; sector X1; wave 2 since 1 October 2000), no contract.
 * Today is 16 October 2000.
 */
class DashboardFiguresIT {

    private static final LocalDate TODAY = LocalDate.of(2000, 10, 16);
    private static final DashboardFigures FIGURES = new DashboardFigures(
            new Flags(new FlagSettings(Period.ofMonths(12), Period.ofMonths(6), Period.ofMonths(6))));

    private static ProjectionHarness harness;

    @BeforeAll
    static void givenTwoDepartements() {
        harness = ProjectionHarness.of(CombinedProjection.of(new ContractsProjection(), new TerritoryProjection()))
                .given(district("CSP-69-LYON", "69", 400000), sector("CSP-69-LYON", "L1", 150000),
                       sector("CSP-69-LYON", "L2", 150000), sector("CSP-69-LYON", "L3", 100000),
                       proximity("CSP-69-LYON", ProximityWave.WAVE_1, "2000-06-01"),
                       district("CSP-69-VX", "69", 60000), sector("CSP-69-VX", "V1", 60000),
                       district("CSP-13-MARSEILLE", "13", 800000), sector("CSP-13-MARSEILLE", "M1", 500000),
                       sector("CSP-13-MARSEILLE", "M2", 300000),
                       proximity("CSP-13-MARSEILLE", ProximityWave.PILOT, "1999-10-01"),
                       district("CSP-13-AIX", "13", 140000), sector("CSP-13-AIX", "X1", 140000),
                       proximity("CSP-13-AIX", ProximityWave.WAVE_2, "2000-10-01"))
                .given(drafted("CLS-69-LYON", "69", 300000, List.of("CSP-69-LYON"), List.of("L1", "L2")),
                       action("CLS-69-LYON", "A1", ActionTheme.MEDIATION, "L1"),
                       progress("CLS-69-LYON", "A1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                       action("CLS-69-LYON", "A2", ActionTheme.TRANSPORTS),
                       signed("CLS-69-LYON", "2000-03-01"),
                       drafted("CLS-69-VX", "69", 60000, List.of("CSP-69-VX"), List.of()),
                       drafted("CLS-69-OLD", "69", 50000, List.of("CSP-69-LYON"), List.of()),
                       action("CLS-69-OLD", "A1", ActionTheme.MEDIATION, "L3"),
                       progress("CLS-69-OLD", "A1", ActionStatus.PLANNED, ActionStatus.COMPLETED),
                       signed("CLS-69-OLD", "1998-01-15"),
                       ended("CLS-69-OLD", "2000-01-15"),
                       drafted("CLS-13-MARSEILLE", "13", 800000, List.of("CSP-13-MARSEILLE"), List.of()),
                       action("CLS-13-MARSEILLE", "B1", ActionTheme.PREVENTION_SITUATIONNELLE, "M1"),
                       signed("CLS-13-MARSEILLE", "2000-05-01"));
    }

    private static DashboardFigures.Sources sources(Optional<Set<String>> departements) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(harness.jdbc());
        return DashboardFigures.Sources.read(jdbc, harness.schema(), new Territory(jdbc, harness.schema()),
                                             departements, TODAY);
    }

    private static Dashboard departement(String code) {
        return FIGURES.departement(code, sources(Optional.of(Set.of(code))));
    }

    @Test
    void rhoneCountsItsContractsByStatusAndThePopulationTheyCover() {
        Dashboard rhone = departement("69");
        assertThat(rhone.departement()).isEqualTo("69");
        assertThat(rhone.asOf()).isEqualTo(TODAY);
        assertThat(rhone.contracts()).isEqualTo(new Dashboard.Contracts(1, 1, 1));
        assertThat(rhone.populationCovered()).isEqualTo(new Dashboard.Population(300000, 360000));
        assertThat(rhone.policeNationalePopulation()).isEqualTo(460000);
        // 300 000 / 460 000 = 0.6521…, 360 000 / 460 000 = 0.7826…
        assertThat(rhone.shareCovered()).isEqualTo(new Dashboard.Share(0.652, 0.783));
        assertThat(rhone.departements()).isNull();
    }

    @Test
    void rhoneListsLyonWhereCommunityPolicingRunsWithASectorUncovered() {
        Dashboard rhone = departement("69");
        // Vénissieux is covered (and has no community policing); the ended contract covered L3 no longer
        assertThat(rhone.districtsWithProximityPolicingNotFullyCovered()).isEqualTo(new Dashboard.NotFullyCovered(
                1, List.of(new DistrictGap("CSP-69-LYON", "Circonscription CSP-69-LYON", "69", 1))));
    }

    @Test
    void rhoneCountsFlagsOfItsLiveContractsAndDistricts() {
        // CLS-69-LYON: no diagnostic, no committee since its signature on 1 March (over 6 months), action A1 in
        // progress without measurement since it started on 1 January, action A2 not declined by sector where
        // community policing runs, no association, landlord or local authority; CLS-69-VX: no diagnostic,
        // partners missing; the ended contract raises none
        assertThat(departement("69").flags()).containsExactly(
                entry(Flags.DIAGNOSTIC_MISSING, 2L), entry(Flags.DIAGNOSTIC_STALE, 0L),
                entry(Flags.DIAGNOSTIC_BEFORE_PROXIMITY, 0L), entry(Flags.COMMITTEE_OVERDUE, 1L),
                entry(Flags.ASSESSMENT_MISSING, 0L), entry(Flags.MEASUREMENTS_STALE, 1L),
                entry(Flags.ACTION_NOT_DECLINED, 1L), entry(Flags.PARTNERS_MISSING, 2L),
                entry(Flags.SECTORS_NOT_COVERED, 1L));
    }

    @Test
    void rhoneCountsActionsOfLiveContractsByThemeAndStatus() {
        Map<String, Map<String, Long>> actions = departement("69").actions();
        assertThat(actions.get("MEDIATION")).containsExactly(entry("PLANNED", 0L), entry("IN_PROGRESS", 1L),
                                                             entry("COMPLETED", 0L), entry("ABANDONED", 0L));
        assertThat(actions.get("TRANSPORTS")).containsEntry("PLANNED", 1L);
        assertThat(actions.get("PREVENTION_SITUATIONNELLE").values()).containsOnly(0L);
        assertThat(actions).hasSize(ActionTheme.values().length);
    }

    @Test
    void bouchesDuRhoneHasAixUncoveredSinceItsWaveStarted() {
        Dashboard marseille = departement("13");
        assertThat(marseille.contracts()).isEqualTo(new Dashboard.Contracts(1, 0, 0));
        assertThat(marseille.populationCovered()).isEqualTo(new Dashboard.Population(800000, 800000));
        assertThat(marseille.policeNationalePopulation()).isEqualTo(940000);
        // 800 000 / 940 000 = 0.8510…
        assertThat(marseille.shareCovered()).isEqualTo(new Dashboard.Share(0.851, 0.851));
        assertThat(marseille.districtsWithProximityPolicingNotFullyCovered().districts())
                .extracting(DistrictGap::districtId).containsExactly("CSP-13-AIX");
        assertThat(marseille.flags()).containsEntry(Flags.DIAGNOSTIC_MISSING, 1L)
                                     .containsEntry(Flags.PARTNERS_MISSING, 1L)
                                     .containsEntry(Flags.COMMITTEE_OVERDUE, 0L)
                                     .containsEntry(Flags.SECTORS_NOT_COVERED, 1L);
        assertThat(marseille.actions().get("PREVENTION_SITUATIONNELLE")).containsEntry("PLANNED", 1L);
    }

    @Test
    void theNationalDashboardAddsBothUp() {
        Dashboard national = FIGURES.national(sources(Optional.empty()));
        assertThat(national.departement()).isNull();
        assertThat(national.contracts()).isEqualTo(new Dashboard.Contracts(2, 1, 1));
        assertThat(national.populationCovered()).isEqualTo(new Dashboard.Population(1100000, 1160000));
        assertThat(national.policeNationalePopulation()).isEqualTo(1400000);
        // 1 100 000 / 1 400 000 = 0.7857…, 1 160 000 / 1 400 000 = 0.8285…
        assertThat(national.shareCovered()).isEqualTo(new Dashboard.Share(0.786, 0.829));
        assertThat(national.districtsWithProximityPolicingNotFullyCovered().count()).isEqualTo(2);
        assertThat(national.districtsWithProximityPolicingNotFullyCovered().districts())
                .extracting(DistrictGap::districtId).containsExactly("CSP-13-AIX", "CSP-69-LYON");
        assertThat(national.flags()).containsEntry(Flags.DIAGNOSTIC_MISSING, 3L)
                                    .containsEntry(Flags.PARTNERS_MISSING, 3L)
                                    .containsEntry(Flags.COMMITTEE_OVERDUE, 1L)
                                    .containsEntry(Flags.SECTORS_NOT_COVERED, 2L);
        assertThat(national.actions().get("MEDIATION")).containsEntry("IN_PROGRESS", 1L)
                                                       .containsEntry("COMPLETED", 0L);
    }

    @Test
    void theNationalDashboardHasALinePerDepartementInCodeOrder() {
        assertThat(FIGURES.national(sources(Optional.empty())).departements()).containsExactly(
                // 2 contract flags + Aix
                new DepartementLine("13", 1, 0, 0, 800000, 800000, 940000, 1, 3),
                // 5 flags on CLS-69-LYON, 2 on CLS-69-VX, and Lyon
                new DepartementLine("69", 1, 1, 1, 360000, 300000, 460000, 1, 8));
    }

    @Test
    void aDepartementWithNothingYetIsAllZeros() {
        Dashboard empty = departement("2A");
        assertThat(empty.contracts()).isEqualTo(new Dashboard.Contracts(0, 0, 0));
        assertThat(empty.policeNationalePopulation()).isZero();
        assertThat(empty.shareCovered()).isEqualTo(new Dashboard.Share(0, 0));
        assertThat(empty.districtsWithProximityPolicingNotFullyCovered()).isEqualTo(
                new Dashboard.NotFullyCovered(0, List.of()));
        assertThat(empty.flags().values()).containsOnly(0L);
    }

    @Test
    void sharesHaveThreeDecimalsAndNeverExceedOne() {
        assertThat(DashboardFigures.share(2, 3)).isEqualTo(0.667);
        // contracts record the population they cover: two of them may count a commune twice
        assertThat(DashboardFigures.share(5, 4)).isEqualTo(1.0);
    }

    @Test
    void departementsComeInInseeOrderCorsicaAfter19AndOverseasLast() {
        ProjectionHarness places = ProjectionHarness.of(CombinedProjection.of(new ContractsProjection(),
                                                                              new TerritoryProjection()))
                .given(district("CSP-971", "971", 1), district("CSP-21", "21", 1), district("CSP-2A", "2A", 1),
                       district("CSP-19", "19", 1), district("CSP-2B", "2B", 1), district("CSP-95", "95", 1));
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(places.jdbc());
        Dashboard national = FIGURES.national(DashboardFigures.Sources.read(
                jdbc, places.schema(), new Territory(jdbc, places.schema()), Optional.empty(), TODAY));
        assertThat(national.departements()).extracting(DepartementLine::code)
                                           .containsExactly("19", "2A", "2B", "21", "95", "971");
    }
}
