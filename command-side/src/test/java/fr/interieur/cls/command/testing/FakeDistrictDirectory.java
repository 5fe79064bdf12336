package fr.interieur.cls.command.testing;

import fr.interieur.cls.command.district.DistrictDirectory;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Registered police districts and their sectors, as the test sets them up. */
public final class FakeDistrictDirectory implements DistrictDirectory {

    private final Map<DistrictId, DepartementCode> districts = new HashMap<>();
    private final Map<SectorId, DistrictId> sectors = new HashMap<>();

    public FakeDistrictDirectory district(DistrictId districtId, DepartementCode departement, SectorId... sectorIds) {
        districts.put(districtId, departement);
        for (SectorId sectorId : sectorIds) {
            sectors.put(sectorId, districtId);
        }
        return this;
    }

    /** The police districts of Lyon, Vénissieux and the north of Marseille with their sectors. */
    public static FakeDistrictDirectory rhoneAndBouchesDuRhone() {
        return new FakeDistrictDirectory()
                .district(Places.CSP_LYON, Places.RHONE, Places.LYON_8E, Places.LYON_9E)
                .district(Places.CSP_VENISSIEUX, Places.RHONE, Places.MINGUETTES)
                .district(Places.CSP_MARSEILLE_NORD, Places.BOUCHES_DU_RHONE, Places.MARSEILLE_14E);
    }

    @Override
    public Optional<DepartementCode> departementOf(DistrictId districtId) {
        return Optional.ofNullable(districts.get(districtId));
    }

    @Override
    public Optional<DistrictId> districtOf(SectorId sectorId) {
        return Optional.ofNullable(sectors.get(sectorId));
    }
}
