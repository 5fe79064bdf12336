package fr.interieur.cls.events.contract;

import com.fasterxml.jackson.annotation.JsonIgnore;
import fr.interieur.cls.events.EventType;
import fr.interieur.cls.events.types.Checks;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorFinding;

import java.time.LocalDate;
import java.util.List;

/**
 * A version of the local security diagnostic was adopted: version 1 is the first diagnostic, each later version
 * an update ("actualisé en permanence"). The three parts are those the circular asks for.
 */
@EventType(name = "DiagnosticAdopted")
public record DiagnosticAdopted(ContractId contractId, int version, LocalDate adoptedOn, Delinquency delinquency,
                                Perception perception, Responses responses, List<SectorFinding> sectorFindings)
        implements ContractEvent {

    public DiagnosticAdopted {
        Checks.present(contractId, "contractId");
        Checks.require(version >= 1, "diagnostic version starts at 1");
        Checks.present(adoptedOn, "adoptedOn");
        sectorFindings = Checks.list(sectorFindings, "sectorFindings");
    }

    /** All three parts the circular requires: delinquency, feeling of insecurity, current responses. */
    @JsonIgnore // derived from the parts, not stored: Jackson would take "is…" for a property
    public boolean isComplete() {
        return delinquency != null && perception != null && responses != null;
    }
}
