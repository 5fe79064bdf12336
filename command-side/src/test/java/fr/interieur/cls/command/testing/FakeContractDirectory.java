package fr.interieur.cls.command.testing;

import fr.interieur.cls.command.contract.registry.ContractDirectory;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.events.types.DepartementCode;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The other contracts a command may name, as the test sets them up. */
public final class FakeContractDirectory implements ContractDirectory {

    private final Map<ContractId, Entry> entries = new HashMap<>();

    public FakeContractDirectory contract(ContractId contractId, DepartementCode departement, ContractStatus status) {
        entries.put(contractId, new Entry(contractId, departement, status));
        return this;
    }

    @Override
    public Optional<Entry> find(ContractId contractId) {
        return Optional.ofNullable(entries.get(contractId));
    }
}
