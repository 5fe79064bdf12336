package fr.interieur.cls.command.contract.partner;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contracts;
import fr.interieur.cls.events.contract.PartnerJoined;
import fr.interieur.cls.events.contract.PartnerLeft;
import fr.interieur.cls.events.types.PartnerCategory;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class PartnerHandler {

    public static final String ALREADY_JOINED = "contract.partner.already-joined";
    public static final String UNKNOWN = "contract.partner.unknown";
    public static final String MAYOR_WITHOUT_COMMUNE = "contract.partner.mayor-without-commune";
    public static final String COMMUNE_NOT_COVERED = "contract.partner.commune-not-covered";

    private final Contracts contracts;

    public PartnerHandler(Contracts contracts) {
        this.contracts = contracts;
    }

    @CommandHandler
    public void handle(AddPartner command) {
        contracts.change(command.contractId(), contract -> {
            if (contract.partner(command.partnerId()).isPresent()) {
                throw RuleViolation.conflict(ALREADY_JOINED, command.partnerId() + " is already a partner of contract "
                        + command.contractId());
            }
            if (command.category() == PartnerCategory.MAIRE && command.communeCode() == null) {
                throw RuleViolation.invalid(MAYOR_WITHOUT_COMMUNE, "communeCode",
                                            "a mayor partner names the commune he is mayor of");
            }
            if (command.category() == PartnerCategory.MAIRE && !contract.covers(command.communeCode())) {
                throw RuleViolation.invalid(COMMUNE_NOT_COVERED, "communeCode", "commune " + command.communeCode()
                        + " is not covered by contract " + command.contractId());
            }
            contract.record(new PartnerJoined(command.contractId(), command.partnerId(), command.name(),
                                              command.category(), command.communeCode()));
        });
    }

    @CommandHandler
    public void handle(RemovePartner command) {
        contracts.change(command.contractId(), contract -> {
            if (contract.partner(command.partnerId()).isEmpty()) {
                throw RuleViolation.notFound(UNKNOWN, command.partnerId() + " is not a partner of contract "
                        + command.contractId());
            }
            contract.record(new PartnerLeft(command.contractId(), command.partnerId()));
        });
    }
}
