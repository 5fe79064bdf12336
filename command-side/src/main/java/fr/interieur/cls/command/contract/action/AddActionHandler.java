package fr.interieur.cls.command.contract.action;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.ActionSheet;
import fr.interieur.cls.events.contract.ActionAdded;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class AddActionHandler {

    public static final String ALREADY_EXISTS = "contract.action.already-exists";

    private final Contracts contracts;

    public AddActionHandler(Contracts contracts) {
        this.contracts = contracts;
    }

    @CommandHandler
    public void handle(AddAction command) {
        contracts.change(command.contractId(), contract -> {
            if (contract.action(command.actionId()).isPresent()) {
                throw RuleViolation.conflict(ALREADY_EXISTS, "contract " + command.contractId()
                        + " already has an action " + command.actionId());
            }
            ActionSheet.check(contract, command.leadPartnerId(), command.partnerIds(), command.indicators(),
                              command.startOn(), command.endOn(), command.sectorIds());
            contract.record(new ActionAdded(command.contractId(), command.actionId(), command.title(), command.theme(),
                                            command.objective(), command.leadPartnerId(), command.partnerIds(),
                                            command.sectorIds(), command.startOn(), command.endOn(), command.budget(),
                                            command.indicators()));
        });
    }
}
