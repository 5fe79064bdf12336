package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ChairOffice;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Rule 2: the steering committee is chaired by the préfet, or by a sous-préfet holding a delegation for this
 * contract on the day of the meeting.
 */
public final class ChairDelegation {

    public static final String RULE = "contract.committee.chair-not-delegated";

    private ChairDelegation() {
    }

    public static void check(Contract contract, Chair chair, LocalDate heldOn) {
        if (chair.office() == ChairOffice.PREFET) {
            return;
        }
        String name = normalized(chair.name());
        boolean delegated = contract.delegations().stream()
                                    .anyMatch(delegation -> normalized(delegation.sousPrefet()).equals(name)
                                            && delegation.covers(heldOn));
        if (!delegated) {
            throw RuleViolation.conflict(RULE, "sous-préfet " + chair.name() + " held no delegation of the préfet for "
                    + "contract " + contract.id() + " on " + heldOn);
        }
    }

    /**
     * Names compare without case, accents, punctuation, repeated spaces or civil title: "Mme Hélène Dupré-Roux"
     * is "Hélène DUPRE ROUX".
     */
    static String normalized(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return words.replaceFirst("^(monsieur|madame|mademoiselle|mme|mlle|mr|m) ", "");
    }
}
