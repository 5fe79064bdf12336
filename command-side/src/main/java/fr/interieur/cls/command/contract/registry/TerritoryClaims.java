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
     * Claims of other live contracts of this kind that overlap this territory, leaving out the contract
     * {@code self} supersedes and the contracts that supersede {@code self}. Two contracts overlap when they share
     * a commune; two quartier contracts that both name their sectors overlap only when they share a sector.
     */
    List<Claim> conflicting(ContractId self, ContractId supersedes, ClaimKind kind, Collection<InseeCode> communes,
                            Collection<SectorId> sectors);
}
