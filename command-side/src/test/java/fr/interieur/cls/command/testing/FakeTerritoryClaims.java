package fr.interieur.cls.command.testing;

import fr.interieur.cls.command.contract.registry.ClaimKind;
import fr.interieur.cls.command.contract.registry.TerritoryClaims;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The places live contracts claim, set up by the test. Like the JDBC registry, a contract claims each of its
 * communes and each of its sectors under the kind of its scope; a commune is looked up among commune claims and a
 * sector among sector claims.
 */
public final class FakeTerritoryClaims implements TerritoryClaims {

    private record LiveContract(ContractId contractId, ClaimKind kind, ContractId supersedes,
                                List<InseeCode> communes, List<SectorId> sectors) {
    }

    private final List<LiveContract> contracts = new ArrayList<>();

    /** A live contract claiming these communes and sectors; it may name the contract it supersedes. */
    public FakeTerritoryClaims live(ContractId contractId, ContractScope scope, ContractId supersedes,
                                    List<InseeCode> communes, List<SectorId> sectors) {
        contracts.add(new LiveContract(contractId, ClaimKind.of(scope), supersedes, List.copyOf(communes),
                                       List.copyOf(sectors)));
        return this;
    }

    public FakeTerritoryClaims live(ContractId contractId, ContractScope scope, InseeCode... communes) {
        return live(contractId, scope, null, List.of(communes), List.of());
    }

    @Override
    public List<Claim> conflicting(ContractId self, ContractId supersedes, ClaimKind kind,
                                   Collection<InseeCode> communes, Collection<SectorId> sectors) {
        List<Claim> claims = new ArrayList<>();
        for (LiveContract contract : contracts) {
            boolean related = contract.contractId().equals(self) || contract.contractId().equals(supersedes)
                    || Objects.equals(contract.supersedes(), self);
            if (contract.kind() != kind || related) {
                continue;
            }
            communes.stream().filter(contract.communes()::contains)
                    .forEach(commune -> claims.add(new Claim(contract.contractId(), commune, null)));
            sectors.stream().filter(contract.sectors()::contains)
                   .forEach(sector -> claims.add(new Claim(contract.contractId(), null, sector.value())));
        }
        return claims;
    }
}
