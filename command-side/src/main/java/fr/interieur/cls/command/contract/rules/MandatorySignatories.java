package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.Contract;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.Signature;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rule 1, signatories: a contract is signed by the préfet, the procureur de la République and the mayor of
 * every commune it covers; other partners may sign too, people who are not partners may not.
 */
public final class MandatorySignatories {

    public static final String RULE = "contract.signature.missing-mandatory-signatory";
    public static final String UNKNOWN_SIGNATORY = "contract.signature.unknown-signatory";
    public static final String DUPLICATE_SIGNATORY = "contract.signature.duplicate-signatory";

    private MandatorySignatories() {
    }

    public static void check(Contract contract, List<Signature> signatures) {
        Set<PartnerId> seen = new HashSet<>();
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            if (!seen.add(signature.partnerId())) {
                throw RuleViolation.invalid(DUPLICATE_SIGNATORY, "signatures[" + i + "].partnerId",
                                            signature.partnerId() + " signs once");
            }
            if (contract.partner(signature.partnerId()).isEmpty()) {
                throw RuleViolation.invalid(UNKNOWN_SIGNATORY, "signatures[" + i + "].partnerId",
                                            signature.partnerId() + " is not a partner of contract " + contract.id());
            }
        }
        Set<Contract.Partner> signed = signatures.stream()
                                                 .map(signature -> contract.partner(signature.partnerId()).orElseThrow())
                                                 .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        if (signed.stream().noneMatch(partner -> partner.category() == PartnerCategory.PREFET)) {
            missing.add("the préfet");
        }
        if (signed.stream().noneMatch(partner -> partner.category() == PartnerCategory.PROCUREUR)) {
            missing.add("the procureur de la République");
        }
        for (Commune commune : contract.communes()) {
            boolean mayorSigned = signed.stream().anyMatch(partner -> partner.category() == PartnerCategory.MAIRE
                    && Objects.equals(partner.communeCode(), commune.code()));
            if (!mayorSigned) {
                missing.add("the mayor of " + commune.name() + " (" + commune.code() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict(RULE, "contract " + contract.id() + " cannot be signed without "
                    + String.join(", ", missing));
        }
    }
}
