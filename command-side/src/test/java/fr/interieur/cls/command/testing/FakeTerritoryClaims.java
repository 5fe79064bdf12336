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
 * The places live contracts claim, set up by the test, compared as the JDBC registry compares them: a shared
 * commune, except between two quartier contracts that both name their sectors, which overlap on a shared sector.
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
            if (!sectors.isEmpty()) {
                sectors.stream().filter(contract.sectors()::contains)
                       .forEach(sector -> claims.add(new Claim(contract.contractId(), null, sector.value())));
            }
            if (sectors.isEmpty() || contract.sectors().isEmpty()) {
                communes.stream().filter(contract.communes()::contains)
                        .forEach(commune -> claims.add(new Claim(contract.contractId(), commune, null)));
            }
        }
        return claims;
    }
}
