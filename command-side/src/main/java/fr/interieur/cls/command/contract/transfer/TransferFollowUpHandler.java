package fr.interieur.cls.command.contract.transfer;

import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.events.contract.FollowUpTransferred;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class TransferFollowUpHandler {

    public static final String NOT_SIGNED = "contract.follow-up.not-signed";

    private final Contracts contracts;
    private final Today today;

    public TransferFollowUpHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(TransferFollowUp command) {
        contracts.change(command.contractId(), contract -> {
            LiveContract.requireSigned(contract, NOT_SIGNED, "transferring follow-up");
            today.requireNotAfter(command.transferredOn(), "transferredOn");
            contract.record(new FollowUpTransferred(command.contractId(), command.council(), command.transferredOn()));
        });
    }
}
