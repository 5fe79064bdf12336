package fr.interieur.cls.command.testing;

import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;

/** Départements, communes (1999 census), police districts and sectors the tests use. */
public final class Places {

    public static final DepartementCode RHONE = DepartementCode.of("69");
    public static final DepartementCode BOUCHES_DU_RHONE = DepartementCode.of("13");

    public static final Commune LYON = new Commune(InseeCode.of("69123"), "Lyon", 445_452);
    public static final Commune VENISSIEUX = new Commune(InseeCode.of("69259"), "Vénissieux", 56_487);
    public static final Commune VILLEURBANNE = new Commune(InseeCode.of("69266"), "Villeurbanne", 124_215);
    public static final Commune MARSEILLE = new Commune(InseeCode.of("13055"), "Marseille", 798_430);

    public static final DistrictId CSP_LYON = DistrictId.of("CSP-69-LYON");
    public static final DistrictId CSP_VENISSIEUX = DistrictId.of("CSP-69-VENISSIEUX");
    public static final DistrictId CSP_MARSEILLE_NORD = DistrictId.of("CSP-13-MARSEILLE-NORD");

    /** Lyon 8e, quartier des États-Unis. */
    public static final SectorId LYON_8E = SectorId.of("LYON-8E-ETATS-UNIS");
    /** Lyon 9e, La Duchère. */
    public static final SectorId LYON_9E = SectorId.of("LYON-9E-DUCHERE");
    /** Vénissieux, Les Minguettes. */
    public static final SectorId MINGUETTES = SectorId.of("VENISSIEUX-MINGUETTES");
    public static final SectorId MARSEILLE_14E = SectorId.of("MARSEILLE-14E");

    private Places() {
    }
}
