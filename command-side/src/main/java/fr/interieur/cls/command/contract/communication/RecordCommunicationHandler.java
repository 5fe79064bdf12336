package fr.interieur.cls.command.contract.communication;

import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.events.contract.CommunicationCarriedOut;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class RecordCommunicationHandler {

    private final Contracts contracts;
    private final Today today;

    public RecordCommunicationHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(RecordCommunication command) {
        contracts.change(command.contractId(), contract -> {
            today.requireNotAfter(command.heldOn(), "heldOn");
            contract.record(new CommunicationCarriedOut(command.contractId(), command.heldOn(), command.channel(),
                                                        command.audience(), command.summary()));
        });
    }
}
