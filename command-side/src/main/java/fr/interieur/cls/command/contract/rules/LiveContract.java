package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.events.types.ContractStatus;

/** Rule 4: nothing is recorded on an ended contract. */
public final class LiveContract {

    public static final String RULE = "contract.ended";

    private LiveContract() {
    }

    public static void require(Contract contract) {
        if (contract.status() == ContractStatus.ENDED) {
            throw RuleViolation.conflict(RULE, "contract " + contract.id() + " ended on "
                    + contract.endedOn().map(Object::toString).orElse("an earlier date")
                    + "; nothing more can be recorded on it");
        }
    }

    /** Amendments, assessments and the transfer of follow-up concern signed contracts only. */
    public static void requireSigned(Contract contract, String rule, String what) {
        if (contract.status() != ContractStatus.SIGNED) {
            throw RuleViolation.conflict(rule, what + " needs a signed contract; contract " + contract.id()
                    + " is " + contract.status());
        }
    }
}
