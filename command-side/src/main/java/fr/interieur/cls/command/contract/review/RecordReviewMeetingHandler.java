package fr.interieur.cls.command.contract.review;

import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.events.contract.ReviewMeetingHeld;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class RecordReviewMeetingHandler {

    private final Contracts contracts;
    private final Today today;

    public RecordReviewMeetingHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(RecordReviewMeeting command) {
        contracts.change(command.contractId(), contract -> {
            today.requireNotAfter(command.heldOn(), "heldOn");
            contract.record(new ReviewMeetingHeld(command.contractId(), command.heldOn(), command.participants(),
                                                  command.summary()));
        });
    }
}
