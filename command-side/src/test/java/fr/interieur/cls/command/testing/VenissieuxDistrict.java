package fr.interieur.cls.command.testing;

import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.district.SectorDefined;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.InseeCode;

import java.util.List;

/** The police district of Vénissieux and Saint-Fons (Rhône), as the district tests find it. */
public final class VenissieuxDistrict {

    public static final Commune SAINT_FONS = new Commune(InseeCode.of("69199"), "Saint-Fons", 15_695);
    public static final String NAME = "Circonscription de sécurité publique de Vénissieux";
    public static final long POPULATION = 56_487 + 15_695;

    private VenissieuxDistrict() {
    }

    public static DistrictRegistered registered() {
        return new DistrictRegistered(Places.CSP_VENISSIEUX, NAME, Places.RHONE, POPULATION,
                                      List.of(Places.VENISSIEUX, SAINT_FONS));
    }

    public static SectorDefined minguettes() {
        return new SectorDefined(Places.CSP_VENISSIEUX, Places.MINGUETTES, "Les Minguettes",
                                 List.of("Armstrong", "Darnaise", "Monmousseau", "Pyramide"), 21_000);
    }
}
