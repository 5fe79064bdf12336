package fr.interieur.cls.query.territory;

import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.ProximityWave;
import fr.interieur.cls.query.testing.ProjectionHarness;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.util.List;
import java.util.Map;

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

/** Given district and contract events, then the territory rows. */
class TerritoryProjectorIT {

    private static final String LYON = "CSP-69-LYON";
    private static final String CONTRACT = "CLS-69-LYON";

    private static ProjectionHarness harness() {
        return ProjectionHarness.of(new TerritoryProjection());
    }

    private static Map<String, Object> row(ProjectionHarness harness, String table, String where, Object... args) {
        return harness.jdbc().queryForMap("SELECT * FROM " + harness.schema() + "." + table + " WHERE " + where, args);
    }

    private static List<String> column(ProjectionHarness harness, String table, String column, String where,
                                       Object... args) {
        return harness.jdbc().queryForList("SELECT " + column + " FROM " + harness.schema() + "." + table + " WHERE "
                                           + where + " ORDER BY " + column, String.class, args);
    }

    /** A district with two sectors, and a contract in preparation naming the district and its first sector. */
    private static ProjectionHarness lyon() {
        return harness().given(district(LYON, "69", 445452), sector(LYON, "S1", 200000), sector(LYON, "S2", 245452),
                               drafted(CONTRACT, "69", 200000, List.of(LYON), List.of("S1")));
    }

    @Nested
    class DistrictEvents {

        @Test
        void aRegisteredDistrictHasItsDepartementNameAndPopulation() {
            Map<String, Object> district = row(harness().given(district(LYON, "69", 445452)), "territory_district",
                                               "district_id = ?", LYON);
            assertThat(district).containsEntry("departement", "69").containsEntry("name", "Circonscription " + LYON)
                                .containsEntry("population", 445452L).containsEntry("last_sequence", 0L);
            assertThat(district.get("proximity_wave")).isNull();
        }

        @Test
        void aDefinedSectorBelongsToItsDistrictAndARedefinitionReplacesIt() {
            ProjectionHarness harness = harness().given(district(LYON, "69", 445452), sector(LYON, "S1", 1000),
                                                        sector(LYON, "S1", 1200));
            Map<String, Object> sector = row(harness, "territory_sector", "sector_id = ?", "S1");
            assertThat(sector).containsEntry("district_id", LYON).containsEntry("name", "Secteur S1")
                              .containsEntry("population", 1200L);
            assertThat(sector.get("quartiers").toString()).isEqualTo("[\"Quartier S1\"]");
            assertThat(row(harness, "territory_district", "district_id = ?", LYON)).containsEntry("last_sequence", 2L);
        }

        @Test
        void aSectorOfAnotherDistrictIsNotTakenOver() {
            ProjectionHarness harness = harness().given(district(LYON, "69", 1000), district("CSP-69-VX", "69", 500),
                                                        sector(LYON, "S1", 100), sector("CSP-69-VX", "S1", 999));
            assertThat(row(harness, "territory_sector", "sector_id = ?", "S1")).containsEntry("district_id", LYON)
                                                                              .containsEntry("population", 100L);
            // the event was seen all the same
            assertThat(row(harness, "territory_district", "district_id = ?", "CSP-69-VX"))
                    .containsEntry("last_sequence", 1L);
        }

        @Test
        void deployedCommunityPolicingHasItsWaveAndStartDate() {
            Map<String, Object> district = row(harness().given(district(LYON, "69", 445452),
                                                               proximity(LYON, ProximityWave.WAVE_1, "2000-06-01")),
                                               "territory_district", "district_id = ?", LYON);
            assertThat(district).containsEntry("proximity_wave", "1")
                                .containsEntry("proximity_started_on", Date.valueOf("2000-06-01"));
        }

        @Test
        void theSameDistrictEventTwiceChangesNothing() {
            ProjectionHarness harness = harness().given(district(LYON, "69", 445452), sector(LYON, "S1", 1000));
            TrackedEventMessage<?> redefined = harness.message(sector(LYON, "S1", 2000), MetaData.emptyInstance());
            TrackedEventMessage<?> deployed = harness.message(proximity(LYON, ProximityWave.PILOT, "1999-10-01"),
                                                              MetaData.emptyInstance());
            harness.apply(List.of(redefined, deployed));
            // a late copy of the redefinition must not undo anything
            harness.apply(List.of(redefined));
            harness.apply(List.of(deployed, redefined));
            assertThat(row(harness, "territory_sector", "sector_id = ?", "S1")).containsEntry("population", 2000L);
            assertThat(row(harness, "territory_district", "district_id = ?", LYON))
                    .containsEntry("proximity_wave", "PILOT").containsEntry("last_sequence", 3L);
            assertThat(harness.rows("territory_sector")).hasSize(1);
        }

        @Test
        void eventsOfAnUnknownDistrictAreSkipped() {
            ProjectionHarness harness = harness().given(sector("CSP-NEVER", "S9", 10),
                                                        proximity("CSP-NEVER", ProximityWave.WAVE_2, "2000-10-01"));
            assertThat(harness.rows("territory_district")).isEmpty();
            assertThat(harness.rows("territory_sector")).isEmpty();
        }
    }

    @Nested
    class ContractEvents {

        @Test
        void aDraftedContractIsInPreparationWithItsDistrictsAndSectorsAsChildRows() {
            ProjectionHarness harness = lyon();
            assertThat(row(harness, "territory_contract", "contract_id = ?", CONTRACT))
                    .containsEntry("departement", "69").containsEntry("status", "IN_PREPARATION")
                    .containsEntry("title", "Contrat " + CONTRACT).containsEntry("district_ids", LYON)
                    .containsEntry("sector_ids", "S1").containsEntry("last_sequence", 0L);
            assertThat(column(harness, "territory_contract_district", "district_id", "contract_id = ?", CONTRACT))
                    .containsExactly(LYON);
            assertThat(column(harness, "territory_contract_sector", "sector_id", "contract_id = ?", CONTRACT))
                    .containsExactly("S1");
        }

        @Test
        void anAmendmentAddsDistrictsAndSectorsAndRemovesSectors() {
            ProjectionHarness harness = lyon().given(
                    amended(CONTRACT, "AV1", List.of("CSP-69-VX"), List.of("S2", "VX1"), List.of("S1")));
            assertThat(column(harness, "territory_contract_district", "district_id", "contract_id = ?", CONTRACT))
                    .containsExactly(LYON, "CSP-69-VX");
            assertThat(column(harness, "territory_contract_sector", "sector_id", "contract_id = ?", CONTRACT))
                    .containsExactly("S2", "VX1");
            assertThat(row(harness, "territory_contract", "contract_id = ?", CONTRACT))
                    .containsEntry("district_ids", LYON + ",CSP-69-VX").containsEntry("sector_ids", "S2,VX1")
                    .containsEntry("last_sequence", 1L);
        }

        @Test
        void aSignedContractIsSigned() {
            assertThat(row(lyon().given(signed(CONTRACT, "2000-03-01")), "territory_contract", "contract_id = ?",
                           CONTRACT)).containsEntry("status", "SIGNED");
        }

        @Test
        void anEndedContractIsEndedAndKeepsItsTerritory() {
            ProjectionHarness harness = lyon().given(signed(CONTRACT, "2000-03-01"), ended(CONTRACT, "2001-03-01"));
            assertThat(row(harness, "territory_contract", "contract_id = ?", CONTRACT))
                    .containsEntry("status", "ENDED").containsEntry("last_sequence", 2L);
            assertThat(harness.rows("territory_contract_sector")).hasSize(1);
        }

        @Test
        void anAddedActionIsPlannedWithItsThemeAndSectors() {
            ProjectionHarness harness = lyon().given(action(CONTRACT, "A1", ActionTheme.MEDIATION, "S1", "S2"));
            assertThat(row(harness, "territory_action", "contract_id = ? AND action_id = ?", CONTRACT, "A1"))
                    .containsEntry("theme", "MEDIATION").containsEntry("status", "PLANNED")
                    .containsEntry("sector_ids", "S1,S2");
            assertThat(column(harness, "territory_action_sector", "sector_id", "action_id = ?", "A1"))
                    .containsExactly("S1", "S2");
        }

        @Test
        void anActionAddedAgainReplacesItsSectors() {
            ProjectionHarness harness = lyon().given(action(CONTRACT, "A1", ActionTheme.MEDIATION, "S1", "S2"),
                                                     action(CONTRACT, "A1", ActionTheme.TRANSPORTS, "S2"));
            assertThat(column(harness, "territory_action_sector", "sector_id", "action_id = ?", "A1"))
                    .containsExactly("S2");
            assertThat(row(harness, "territory_action", "action_id = ?", "A1")).containsEntry("theme", "TRANSPORTS");
        }

        @Test
        void recordedProgressMovesTheActionsStatus() {
            ProjectionHarness harness = lyon().given(action(CONTRACT, "A1", ActionTheme.MEDIATION, "S1"),
                    progress(CONTRACT, "A1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                    progress(CONTRACT, "A1", ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED));
            assertThat(row(harness, "territory_action", "action_id = ?", "A1")).containsEntry("status", "COMPLETED");
            assertThat(row(harness, "territory_contract", "contract_id = ?", CONTRACT))
                    .containsEntry("last_sequence", 3L);
        }

        @Test
        void theSameContractEventTwiceChangesNothing() {
            ProjectionHarness harness = lyon();
            TrackedEventMessage<?> removal = harness.message(amended(CONTRACT, "AV1", List.of(), List.of(), List.of("S1")),
                                                             MetaData.emptyInstance());
            TrackedEventMessage<?> addition = harness.message(amended(CONTRACT, "AV2", List.of(), List.of("S1"),
                                                                      List.of()), MetaData.emptyInstance());
            harness.apply(List.of(removal, addition));
            // delivered again, the removal must not take back what the later addition gave
            harness.apply(List.of(removal));
            harness.apply(List.of(removal, addition));
            assertThat(column(harness, "territory_contract_sector", "sector_id", "contract_id = ?", CONTRACT))
                    .containsExactly("S1");
            assertThat(row(harness, "territory_contract", "contract_id = ?", CONTRACT))
                    .containsEntry("sector_ids", "S1").containsEntry("last_sequence", 2L);
        }

        @Test
        void theSameDraftTwiceKeepsTheContractAsItBecame() {
            ProjectionHarness harness = harness().given(district(LYON, "69", 1000));
            TrackedEventMessage<?> draft = harness.message(drafted(CONTRACT, "69", 10, List.of(LYON), List.of()),
                                                           MetaData.emptyInstance());
            harness.apply(List.of(draft));
            harness.given(signed(CONTRACT, "2000-03-01"));
            harness.apply(List.of(draft));
            assertThat(row(harness, "territory_contract", "contract_id = ?", CONTRACT))
                    .containsEntry("status", "SIGNED");
        }

        @Test
        void eventsOfAnUnknownContractOrActionAreSkipped() {
            ProjectionHarness harness = lyon().given(
                    signed("CLS-NEVER", "2000-03-01"),
                    amended("CLS-NEVER", "AV1", List.of(LYON), List.of("S1"), List.of()),
                    action("CLS-NEVER", "A1", ActionTheme.MEDIATION, "S1"),
                    progress("CLS-NEVER", "A1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS),
                    ended("CLS-NEVER", "2001-01-01"),
                    progress(CONTRACT, "A-NEVER", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS));
            assertThat(harness.rows("territory_contract")).hasSize(1);
            assertThat(harness.rows("territory_contract_sector")).hasSize(1);
            assertThat(harness.rows("territory_action")).isEmpty();
            assertThat(harness.rows("territory_action_sector")).isEmpty();
        }
    }
}
