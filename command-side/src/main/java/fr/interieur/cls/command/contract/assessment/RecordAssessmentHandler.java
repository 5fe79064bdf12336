package fr.interieur.cls.command.contract.assessment;

import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.command.contract.rules.OneAssessmentPerYear;
import fr.interieur.cls.events.contract.AssessmentRecorded;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class RecordAssessmentHandler {

    public static final String NOT_SIGNED = "contract.assessment.not-signed";

    private final Contracts contracts;
    private final Today today;

    public RecordAssessmentHandler(Contracts contracts, Today today) {
        this.contracts = contracts;
        this.today = today;
    }

    @CommandHandler
    public void handle(RecordAssessment command) {
        contracts.change(command.contractId(), contract -> {
            LiveContract.requireSigned(contract, NOT_SIGNED, "a yearly assessment");
            OneAssessmentPerYear.check(contract, command.year(), command.correction(), today.date());
            contract.record(new AssessmentRecorded(command.contractId(), command.year(), command.results(),
                                                   command.impact(), command.followUpConditions(),
                                                   command.perceptionChange(), command.proposals(),
                                                   command.correction()));
        });
    }
}
