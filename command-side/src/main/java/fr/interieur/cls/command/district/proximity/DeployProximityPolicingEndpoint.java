package fr.interieur.cls.command.district.proximity;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.ProximityWave;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class DeployProximityPolicingEndpoint {

    private final CommandSender commands;

    DeployProximityPolicingEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull ProximityWave wave, @NotNull LocalDate startedOn) {
    }

    @PostMapping("/api/v1/districts/{districtId}/proximity-policing")
    ResponseEntity<CommandResponse> deploy(@PathVariable DistrictId districtId, @Valid @RequestBody Body body,
                                           CommandContext context) {
        return commands.change(new DeployProximityPolicing(districtId, body.wave(), body.startedOn()), context);
    }
}
