package fr.interieur.cls.command.district;

import fr.interieur.cls.command.common.CommandMetadata;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.types.DistrictId;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** Loads police districts for a command: unknown (404), the actor's scope (403), the expected version (412). */
@Component
public class Districts {

    private final Repository<PoliceDistrict> repository;

    public Districts(Repository<PoliceDistrict> repository) {
        this.repository = repository;
    }

    public void change(DistrictId districtId, Consumer<PoliceDistrict> decision) {
        Aggregate<PoliceDistrict> district = repository.load(districtId.value());
        CommandMetadata.requireScope(district.invoke(PoliceDistrict::departement));
        Long expected = CommandMetadata.expectedAxonVersion();
        if (expected != null && !expected.equals(district.version())) {
            throw new ConflictingAggregateVersionException(districtId.value(), expected, district.version());
        }
        district.execute(decision);
    }

    public void create(DistrictRegistered registered) {
        try {
            repository.newInstance(() -> new PoliceDistrict(registered));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
