package fr.interieur.cls.command.district.sector;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.district.DistrictDirectory;
import fr.interieur.cls.command.district.Districts;
import fr.interieur.cls.events.district.SectorDefined;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class DefineSectorHandler {

    /** A sector id names one sector: contracts and actions name sectors without their district. */
    public static final String SECTOR_ID_TAKEN = "district.sector.id-taken";

    private final Districts districts;
    private final DistrictDirectory directory;

    public DefineSectorHandler(Districts districts, DistrictDirectory directory) {
        this.districts = districts;
        this.directory = directory;
    }

    @CommandHandler
    public void handle(DefineSector command) {
        districts.change(command.districtId(), district -> {
            directory.districtOf(command.sectorId())
                     .filter(owner -> !owner.equals(command.districtId()))
                     .ifPresent(owner -> {
                         throw RuleViolation.conflict(SECTOR_ID_TAKEN, "sector id " + command.sectorId()
                                 + " already names a sector of district " + owner);
                     });
            district.record(new SectorDefined(command.districtId(), command.sectorId(), command.name(),
                                              command.quartiers(), command.population()));
        });
    }
}
