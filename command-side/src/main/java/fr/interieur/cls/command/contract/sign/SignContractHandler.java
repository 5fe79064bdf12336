package fr.interieur.cls.command.contract.sign;

import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.MandatorySignatories;
import fr.interieur.cls.command.contract.rules.ReadyForSignature;
import fr.interieur.cls.events.contract.ContractSigned;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class SignContractHandler {

    private final Contracts contracts;
    private final Today today;

    public SignContractHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(SignContract command) {
        contracts.change(command.contractId(), contract -> {
            ReadyForSignature.check(contract);
            today.requireNotAfter(command.signedOn(), "signedOn");
            MandatorySignatories.check(contract, command.signatures());
            contract.record(new ContractSigned(command.contractId(), command.signedOn(), command.signatures()));
        });
    }
}
