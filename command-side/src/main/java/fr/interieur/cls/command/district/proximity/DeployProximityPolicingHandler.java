package fr.interieur.cls.command.district.proximity;

import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.common.Today;
import fr.interieur.cls.command.district.Districts;
import fr.interieur.cls.events.district.ProximityPolicingDeployed;
import org.axonframework.commandhandling.CommandHandler;
import org.springframework.stereotype.Component;

@Component
public class DeployProximityPolicingHandler {

    public static final String ALREADY_DEPLOYED = "district.proximity.already-deployed";

    private final Districts districts;
    private final Today today;

    public DeployProximityPolicingHandler(Districts districts, Today today) {
        this.districts = districts;
        this.today = today;
    }

    @CommandHandler
    public void handle(DeployProximityPolicing command) {
        districts.change(command.districtId(), district -> {
            district.proximityWave().ifPresent(wave -> {
                throw RuleViolation.conflict(ALREADY_DEPLOYED, "community policing already runs in district "
                        + command.districtId() + " since " + district.proximityStartedOn().orElseThrow()
                        + " (wave " + wave.code() + ")");
            });
            today.requireNotAfter(command.startedOn(), "startedOn");
            district.record(new ProximityPolicingDeployed(command.districtId(), command.wave(), command.startedOn()));
        });
    }
}
