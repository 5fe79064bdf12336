package fr.interieur.cls.command.contract;

import fr.interieur.cls.command.common.CommandMetadata;
import fr.interieur.cls.command.contract.rules.LiveContract;
import fr.interieur.cls.events.contract.ContractDrafted;
import fr.interieur.cls.events.types.ContractId;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Loads contracts for a command, always in the same order: unknown contract (404), actor's scope (403), the
 * version the client expects (412), then rule 4 (an ended contract takes nothing more).
 */
@Component
public class Contracts {

    private final Repository<Contract> repository;

    public Contracts(Repository<Contract> repository) {
        this.repository = repository;
    }

    public void change(ContractId contractId, Consumer<Contract> decision) {
        Aggregate<Contract> contract = repository.load(contractId.value());
        CommandMetadata.requireScope(contract.invoke(Contract::departement));
        Long expected = CommandMetadata.expectedAxonVersion();
        if (expected != null && !expected.equals(contract.version())) {
            throw new ConflictingAggregateVersionException(contractId.value(), expected, contract.version());
        }
        contract.execute(state -> {
            LiveContract.require(state);
            decision.accept(state);
        });
    }

    public void create(ContractDrafted drafted) {
        try {
            repository.newInstance(() -> new Contract(drafted));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
