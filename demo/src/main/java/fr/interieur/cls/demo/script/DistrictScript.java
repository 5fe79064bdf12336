package fr.interieur.cls.demo.script;

import java.time.LocalDate;
import java.util.List;

/** A police district's sectors and its community policing. */
public final class DistrictScript {

    private final Prefecture prefecture;
    private final String districtId;

    DistrictScript(Prefecture prefecture, String districtId) {
        this.prefecture = prefecture;
        this.districtId = districtId;
    }

    /** A sector (secteur de police de proximité) and its quartiers; sector ids name one sector nationally. */
    public DistrictScript sector(String sectorId, String name, long population, String... quartiers) {
        prefecture.history.add("demo-sector-" + sectorId, Prefecture.TERRITORY_ON, prefecture.bureau, "POST",
                               "/districts/" + districtId + "/sectors",
                               Json.obj("sectorId", sectorId, "name", name, "quartiers", List.of(quartiers),
                                        "population", population),
                               null, "secteur " + sectorId);
        return this;
    }

    /** Community policing runs in the district from {@code startedOn}, in a wave: PILOT, 1, 2 or 3. */
    public DistrictScript proximityPolicing(String wave, String startedOn, String reason) {
        prefecture.history.add("demo-proximity-" + districtId, LocalDate.parse(startedOn), prefecture.cabinet, "POST",
                               "/districts/" + districtId + "/proximity-policing",
                               Json.obj("wave", wave, "startedOn", startedOn), reason,
                               "police de proximité " + districtId);
        return this;
    }
}
