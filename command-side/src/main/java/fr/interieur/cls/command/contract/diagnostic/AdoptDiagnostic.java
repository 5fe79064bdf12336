package fr.interieur.cls.command.contract.diagnostic;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorFinding;

import java.time.LocalDate;
import java.util.List;

/** Adopt the diagnostic, or a new version of it: each adoption keeps it current. */
public record AdoptDiagnostic(ContractId contractId, LocalDate adoptedOn, Delinquency delinquency,
                              Perception perception, Responses responses, List<SectorFinding> sectorFindings) {
}
