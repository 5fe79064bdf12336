package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.district.DistrictDirectory;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;

import java.util.Collection;
import java.util.List;

/**
 * What a contract's territory may name: communes of its département, police districts of its département, and
 * sectors of those districts.
 */
public final class Territory {

    public static final String COMMUNE_OTHER_DEPARTEMENT = "contract.commune.other-departement";
    public static final String DISTRICT_UNKNOWN = "contract.district.unknown";
    public static final String DISTRICT_OTHER_DEPARTEMENT = "contract.district.other-departement";
    public static final String SECTOR_UNKNOWN = "contract.sector.unknown";
    public static final String SECTOR_OUTSIDE_DISTRICTS = "contract.sector.outside-districts";

    private final DistrictDirectory districts;
    private final DepartementCode departement;

    public Territory(DistrictDirectory districts, DepartementCode departement) {
        this.districts = districts;
        this.departement = departement;
    }

    public void requireCommunes(List<Commune> communes, String field) {
        for (int i = 0; i < communes.size(); i++) {
            if (!communes.get(i).code().departement().equals(departement)) {
                throw RuleViolation.invalid(COMMUNE_OTHER_DEPARTEMENT, field + "[" + i + "].code", "commune "
                        + communes.get(i).code() + " is not in département " + departement);
            }
        }
    }

    public void requireDistricts(List<DistrictId> districtIds, String field) {
        for (int i = 0; i < districtIds.size(); i++) {
            DistrictId districtId = districtIds.get(i);
            String at = field + "[" + i + "]";
            DepartementCode actual = districts.departementOf(districtId).orElseThrow(
                    () -> RuleViolation.invalid(DISTRICT_UNKNOWN, at, "no police district " + districtId));
            if (!actual.equals(departement)) {
                throw RuleViolation.invalid(DISTRICT_OTHER_DEPARTEMENT, at, "police district " + districtId
                        + " is in département " + actual + ", not " + departement);
            }
        }
    }

    public void requireSectors(List<SectorId> sectorIds, Collection<DistrictId> districtIds, String field) {
        for (int i = 0; i < sectorIds.size(); i++) {
            SectorId sectorId = sectorIds.get(i);
            String at = field + "[" + i + "]";
            DistrictId owner = districts.districtOf(sectorId).orElseThrow(
                    () -> RuleViolation.invalid(SECTOR_UNKNOWN, at, "no sector " + sectorId));
            if (!districtIds.contains(owner)) {
                throw RuleViolation.invalid(SECTOR_OUTSIDE_DISTRICTS, at, "sector " + sectorId + " belongs to district "
                        + owner + ", which the contract does not cover");
            }
        }
    }
}
