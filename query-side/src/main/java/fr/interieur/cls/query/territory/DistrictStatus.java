package fr.interieur.cls.query.territory;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.interieur.cls.query.contract.Flags;

import java.util.List;

/**
 * The sector status of a police district (api.md, {@code /districts/{id}/sector-status}): its community policing
 * (null where there is none, never left out), whether live contracts cover all of it, its flags and each sector's
 * status, uncovered sectors first.
 *
 * @param uncoveredSectors how many of its sectors no live contract covers
 * @param flagDetails      the flags with what they mean, in French for the users
 */
public record DistrictStatus(String districtId, String name, String departement, long population,
                             @JsonInclude(JsonInclude.Include.ALWAYS) ProximityPolicing proximityPolicing,
                             boolean fullyCovered, int uncoveredSectors, List<String> flags,
                             List<Flags.Flag> flagDetails, List<SectorStatus> sectors) {

    public DistrictStatus {
        flags = List.copyOf(flags);
        flagDetails = List.copyOf(flagDetails);
        sectors = List.copyOf(sectors);
    }
}
