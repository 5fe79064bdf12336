package fr.interieur.cls.events.district;

import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.ProximityWave;

import java.time.LocalDate;

/** Community policing (police de proximité) was deployed in the district, in a wave, from a date. */
@EventType(name = "ProximityPolicingDeployed")
public record ProximityPolicingDeployed(DistrictId districtId, ProximityWave wave, LocalDate startedOn)
        implements DistrictEvent {

    public ProximityPolicingDeployed {
        Checks.present(districtId, "districtId");
        Checks.present(wave, "wave");
        Checks.present(startedOn, "startedOn");
    }
}
