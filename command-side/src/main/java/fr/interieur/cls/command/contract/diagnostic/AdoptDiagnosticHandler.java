package fr.interieur.cls.command.contract.diagnostic;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.events.contract.DiagnosticAdopted;
import fr.interieur.cls.events.types.SectorFinding;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class AdoptDiagnosticHandler {

    public static final String SECTOR_NOT_COVERED = "contract.diagnostic.sector-not-covered";

    private final Contracts contracts;
    private final Today today;

    public AdoptDiagnosticHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(AdoptDiagnostic command) {
        contracts.change(command.contractId(), contract -> {
            today.requireNotAfter(command.adoptedOn(), "adoptedOn");
            List<SectorFinding> findings = command.sectorFindings();
            for (int i = 0; i < findings.size(); i++) {
                if (!contract.sectorIds().contains(findings.get(i).sectorId())) {
                    throw RuleViolation.invalid(SECTOR_NOT_COVERED, "sectorFindings[" + i + "].sectorId", "sector "
                            + findings.get(i).sectorId() + " is not covered by contract " + command.contractId());
                }
            }
            contract.record(new DiagnosticAdopted(command.contractId(), contract.diagnosticVersion() + 1,
                                                  command.adoptedOn(), command.delinquency(), command.perception(),
                                                  command.responses(), findings));
        });
    }
}
