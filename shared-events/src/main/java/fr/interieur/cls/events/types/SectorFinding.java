package fr.interieur.cls.events.types;

/** What a diagnostic found in one sector or quartier. */
public record SectorFinding(SectorId sectorId, String findings) {

    public SectorFinding {
        Checks.present(sectorId, "finding sectorId");
        findings = Checks.text(findings, "findings");
    }
}
