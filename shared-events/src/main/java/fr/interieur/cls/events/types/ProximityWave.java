package fr.interieur.cls.events.types;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The wave of the community-policing roll-out a police district belongs to (pilot in 1999, then three waves). */
public enum ProximityWave {
    @JsonProperty("PILOT") PILOT,
    @JsonProperty("1") WAVE_1,
    @JsonProperty("2") WAVE_2,
    @JsonProperty("3") WAVE_3;

    /** How the wave is written in the API: PILOT, 1, 2 or 3. */
    public String code() {
        return this == PILOT ? "PILOT" : name().substring("WAVE_".length());
    }
}
