package fr.interieur.cls.command.contract.delegation;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.events.contract.ChairDelegated;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class DelegateChairHandler {

    public static final String PERIOD_INVERTED = "contract.delegation.period-inverted";

    private final Contracts contracts;

    public DelegateChairHandler(Contracts contracts) {
        this.contracts = contracts;
    }

    @CommandHandler
    public void handle(DelegateChair command) {
        contracts.change(command.contractId(), contract -> {
            if (command.to() != null && command.to().isBefore(command.from())) {
                throw RuleViolation.invalid(PERIOD_INVERTED, "to", "the delegation ends (" + command.to()
                        + ") before it starts (" + command.from() + ")");
            }
            contract.record(new ChairDelegated(command.contractId(), command.sousPrefet(), command.from(),
                                               command.to()));
        });
    }
}
