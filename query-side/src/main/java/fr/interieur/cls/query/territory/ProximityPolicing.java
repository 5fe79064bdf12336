package fr.interieur.cls.query.territory;

import java.time.LocalDate;

/** Community policing (police de proximité) in a district: its wave (PILOT, 1, 2, 3) and start date. */
public record ProximityPolicing(String wave, LocalDate startedOn) {

    /** It runs once started: a deployment announced for a later date does not count yet. */
    public boolean runsOn(LocalDate day) {
        return startedOn != null && !startedOn.isAfter(day);
    }
}
