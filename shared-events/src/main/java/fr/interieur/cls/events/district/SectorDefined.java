package fr.interieur.cls.events.district;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.List;

/** A sector of the district was defined (or redefined) with its quartiers and population. */
@EventType(name = "SectorDefined")
public record SectorDefined(DistrictId districtId, SectorId sectorId, String name, List<String> quartiers,
                            long population) implements DistrictEvent {

    public SectorDefined {
        Checks.present(districtId, "districtId");
        Checks.present(sectorId, "sectorId");
        name = Checks.text(name, "sector name");
        quartiers = Checks.texts(quartiers, "quartiers");
        Checks.nonNegative(population, "population");
    }
}
