package fr.interieur.cls.events.district;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;

import java.util.List;

/**
 * A police district of the police nationale zone was registered with its population and its communes; its
 * population counts in the population of the police nationale zone.
 */
@EventType(name = "DistrictRegistered")
public record DistrictRegistered(DistrictId districtId, String name, DepartementCode departement, long population,
                                 List<Commune> communes) implements DistrictEvent {

    public DistrictRegistered {
        Checks.present(districtId, "districtId");
        name = Checks.text(name, "district name");
        Checks.present(departement, "departement");
        Checks.nonNegative(population, "population");
        communes = Checks.distinctBy(communes, Commune::code, "communes");
    }
}
