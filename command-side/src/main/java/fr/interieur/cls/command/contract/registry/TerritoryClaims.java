package fr.interieur.cls.command.contract.registry;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;

import java.util.Collection;
import java.util.List;

/** The communes and sectors live contracts cover, by kind: what rule 5 looks at. */
public interface TerritoryClaims {

    /** A place a live contract covers: a commune, or (quartier contracts) a sector. */
    record Claim(ContractId contractId, InseeCode commune, String sectorId) {
    }

    /**
     * Claims of other live contracts of this kind on these communes or sectors, leaving out the contract
     * {@code self} supersedes and the contracts that supersede {@code self}.
     */
    List<Claim> conflicting(ContractId self, ContractId supersedes, ClaimKind kind, Collection<InseeCode> communes,
                            Collection<SectorId> sectors);
}
