package fr.interieur.cls.command.district.register;

import fr.interieur.cls.command.common.CommandMetadata;
import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.district.DistrictDirectory;
import fr.interieur.cls.command.district.Districts;
import fr.interieur.cls.events.district.DistrictRegistered;
import fr.interieur.cls.events.types.Commune;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
public class RegisterDistrictHandler {

    public static final String ALREADY_EXISTS = "district.already-exists";
    public static final String COMMUNE_OTHER_DEPARTEMENT = "district.commune.other-departement";

    private final Districts districts;
    private final DistrictDirectory directory;

    public RegisterDistrictHandler(Districts districts, DistrictDirectory directory) {
        this.districts = districts;
        this.directory = directory;
    }

    @CommandHandler
    public void handle(RegisterDistrict command) {
        CommandMetadata.requireScope(command.departement());
        if (directory.departementOf(command.districtId()).isPresent()) {
            throw RuleViolation.conflict(ALREADY_EXISTS, "police district " + command.districtId()
                    + " is already registered");
        }
        List<Commune> communes = command.communes() == null ? List.of() : command.communes();
        for (int i = 0; i < communes.size(); i++) {
            if (!communes.get(i).code().departement().equals(command.departement())) {
                throw RuleViolation.invalid(COMMUNE_OTHER_DEPARTEMENT, "communes[" + i + "].code", "commune "
                        + communes.get(i).code() + " is not in département " + command.departement());
            }
        }
        districts.create(new DistrictRegistered(command.districtId(), command.name(), command.departement(),
                                                command.population(), communes));
    }
}
