package fr.interieur.cls.query.territory;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One sector of a district: the live contracts covering it, the district's community policing, the actions of
 * live contracts declined there counted by status, and whether it is covered.
 */
public record SectorStatus(String sectorId, String name, List<String> quartiers, long population,
                           List<CoveringContract> contracts,
                           @JsonInclude(JsonInclude.Include.ALWAYS) ProximityPolicing proximityPolicing,
                           Map<String, Long> actions, boolean covered) {

    /** A live contract covering the sector. */
    public record CoveringContract(String id, String title, String status) {
    }
}
