package fr.interieur.cls.command.district.proximity;

import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.ProximityWave;

import java.time.LocalDate;

/** Record that community policing runs in a district, in a wave, from a date. */
public record DeployProximityPolicing(DistrictId districtId, ProximityWave wave, LocalDate startedOn) {
}
