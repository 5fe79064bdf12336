package fr.interieur.cls.command.district.sector;

import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.List;

/** Define (or redefine) a sector of a police district with its quartiers and population. */
public record DefineSector(DistrictId districtId, SectorId sectorId, String name, List<String> quartiers,
                           long population) {
}
