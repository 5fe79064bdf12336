package fr.interieur.cls.command.contract.rules;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.contract.registry.ClaimKind;
import fr.interieur.cls.command.contract.registry.TerritoryClaims;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rule 5: a commune is not in two live contracts of the same kind unless one supersedes the other. Quartier
 * contracts that both name their sectors are compared by sector, so that several quartiers of one commune can
 * each have theirs; a quartier contract that names none covers the whole commune for that kind.
 */
public final class SingleLiveContractPerCommune {

    public static final String RULE = "contract.commune.already-covered";

    private SingleLiveContractPerCommune() {
    }

    /** Checks the whole territory the contract covers (after the change, for an amendment). */
    public static void check(TerritoryClaims claims, ContractId self, ContractId supersedes, ContractScope scope,
                             Collection<InseeCode> communes, Collection<SectorId> sectors) {
        ClaimKind kind = ClaimKind.of(scope);
        List<TerritoryClaims.Claim> conflicts = claims.conflicting(self, supersedes, kind, communes,
                                                                   kind == ClaimKind.QUARTIER ? sectors : List.of());
        if (!conflicts.isEmpty()) {
            String places = conflicts.stream()
                                     .map(claim -> (claim.commune() != null ? "commune " + claim.commune()
                                                                             : "sector " + claim.sectorId())
                                             + " (contract " + claim.contractId() + ")")
                                     .collect(Collectors.joining(", "));
            throw RuleViolation.conflict(RULE, "already covered by a live contract of the same kind: " + places
                    + "; a new contract names the one it supersedes (\"supersedes\")");
        }
    }
}
