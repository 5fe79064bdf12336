package fr.interieur.cls.command.contract.end;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.registry.ContractDirectory;
import fr.interieur.cls.events.contract.ContractEnded;
import fr.interieur.cls.events.types.EndReason;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class EndContractHandler {

    public static final String SUPERSEDED_BY_MISSING = "contract.end.superseded-by-missing";
    public static final String SUPERSEDED_BY_UNKNOWN = "contract.end.superseded-by-unknown";
    public static final String SUPERSEDED_BY_UNEXPECTED = "contract.end.superseded-by-unexpected";

    private final Contracts contracts;
    private final ContractDirectory directory;
    private final Today today;

    public EndContractHandler(Contracts contracts, ContractDirectory directory, Today today) {
        this.contracts = contracts;
        this.directory = directory;
        this.today = today;
    }

    @CommandHandler
    public void handle(EndContract command) {
        contracts.change(command.contractId(), contract -> {
            today.requireNotAfter(command.endedOn(), "endedOn");
            if (command.reason() == EndReason.SUPERSEDED && command.supersededBy() == null) {
                throw RuleViolation.invalid(SUPERSEDED_BY_MISSING, "supersededBy",
                                            "a superseded contract names the contract that supersedes it");
            }
            if (command.supersededBy() != null && command.reason() != EndReason.SUPERSEDED) {
                throw RuleViolation.invalid(SUPERSEDED_BY_UNEXPECTED, "supersededBy",
                                            "only a superseded contract names the contract that supersedes it");
            }
            if (command.supersededBy() != null) {
                boolean known = !command.supersededBy().equals(command.contractId())
                        && directory.find(command.supersededBy())
                                    .filter(entry -> entry.departement().equals(contract.departement()))
                                    .isPresent();
                if (!known) {
                    throw RuleViolation.invalid(SUPERSEDED_BY_UNKNOWN, "supersededBy", "no other contract "
                            + command.supersededBy() + " in département " + contract.departement());
                }
            }
            contract.record(new ContractEnded(command.contractId(), command.endedOn(), command.reason(),
                                              command.supersededBy()));
        });
    }
}
