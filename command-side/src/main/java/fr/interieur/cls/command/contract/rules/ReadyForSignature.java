package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractStatus;

/**
 * Rule 1, content: a contract in preparation is signed only with a diagnostic holding its three parts
 * (delinquency, feeling of insecurity, current responses) and at least one action that is not abandoned.
 */
public final class ReadyForSignature {

    public static final String ALREADY_SIGNED = "contract.already-signed";
    public static final String INCOMPLETE_DIAGNOSTIC = "contract.signature.incomplete-diagnostic";
    public static final String EMPTY_ACTION_PLAN = "contract.signature.empty-action-plan";

    private ReadyForSignature() {
    }

    public static void check(Contract contract) {
        if (contract.status() != ContractStatus.IN_PREPARATION) {
            throw RuleViolation.conflict(ALREADY_SIGNED, "contract " + contract.id() + " was already signed on "
                    + contract.signedOn().map(Object::toString).orElse("an earlier date"));
        }
        if (contract.diagnosticVersion() == 0) {
            throw RuleViolation.conflict(INCOMPLETE_DIAGNOSTIC, "contract " + contract.id()
                    + " has no diagnostic yet; adopt one with its three parts before signing");
        }
        if (!contract.diagnosticComplete()) {
            throw RuleViolation.conflict(INCOMPLETE_DIAGNOSTIC, "the diagnostic of contract " + contract.id()
                    + " lacks one of its three parts (delinquency, perception, responses)");
        }
        if (contract.actions().stream().allMatch(action -> action.status() == ActionStatus.ABANDONED)) {
            throw RuleViolation.conflict(EMPTY_ACTION_PLAN, "contract " + contract.id()
                    + " has no action it will carry out; its action plan needs at least one action sheet");
        }
    }
}
