package fr.interieur.cls.query.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dashboard (api.md, {@code /dashboard/national} and {@code /dashboard/departements/{code}}): {@code departement}
 * is set on a département's, {@code departements} (one line per département) on the national one.
 *
 * @param asOf the day flags and community policing are computed for
 * @param flags live contracts raising each contract flag, and districts raising {@code sectors-not-covered}
 * @param actions actions of live contracts by theme, then status
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Dashboard(String departement, LocalDate asOf, Contracts contracts, Population populationCovered,
                 long policeNationalePopulation, Share shareCovered,
                 NotFullyCovered districtsWithProximityPolicingNotFullyCovered, Map<String, Long> flags,
                 Map<String, Map<String, Long>> actions, List<DepartementLine> departements) {

    record Contracts(long signed, long inPreparation, long ended) {
    }

    /** Population covered as contracts record it, summed (see {@link DashboardFigures}). */
    record Population(long signed, long signedOrInPreparation) {
    }

    /** Population covered over the police nationale zone's, from 0 to 1, three decimals. */
    record Share(double signed, double signedOrInPreparation) {
    }

    /**
     * Districts where community policing runs and live contracts leave sectors uncovered: how many, and which
     * (all of a département's; the first ones, by département and id, nationally).
     */
    record NotFullyCovered(long count, List<DistrictGap> districts) {
    }

    record DistrictGap(String districtId, String name, String departement, long uncoveredSectors) {
    }

    /**
     * One département in the national table.
     *
     * @param populationCovered           by signed and in-preparation contracts
     * @param populationCoveredSigned     by signed contracts
     * @param districtsNotFullyCovered    districts with community policing not fully covered
     * @param flags                       contract flags and district flags raised there, in all
     */
    record DepartementLine(String code, long signed, long inPreparation, long ended, long populationCovered,
                           long populationCoveredSigned, long policeNationalePopulation,
                           long districtsNotFullyCovered, long flags) {
    }
}
