package fr.interieur.cls.command.district;

import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.Optional;

/** Where contracts look up the police districts and sectors they name. */
public interface DistrictDirectory {

    Optional<DepartementCode> departementOf(DistrictId districtId);

    Optional<DistrictId> districtOf(SectorId sectorId);
}
