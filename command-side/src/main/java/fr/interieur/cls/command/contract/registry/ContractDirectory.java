package fr.interieur.cls.command.contract.registry;

import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DepartementCode;

import java.util.Optional;

/** Where a command looks up another contract than the one it changes (the one it supersedes, for instance). */
public interface ContractDirectory {

    record Entry(ContractId contractId, DepartementCode departement, ContractStatus status) {
    }

    Optional<Entry> find(ContractId contractId);
}
