package fr.interieur.cls.command.district.sector;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class DefineSectorEndpoint {

    private final CommandSender commands;

    DefineSectorEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull SectorId sectorId, @NotBlank @Size(max = 200) String name,
                @Size(max = 200) List<@NotBlank @Size(max = 200) String> quartiers,
                @NotNull @PositiveOrZero Long population) {
    }

    @PostMapping("/api/v1/districts/{districtId}/sectors")
    ResponseEntity<CommandResponse> define(@PathVariable DistrictId districtId, @Valid @RequestBody Body body,
                                           CommandContext context) {
        return commands.change(new DefineSector(districtId, body.sectorId(), body.name(), body.quartiers(),
                                                body.population()), context);
    }
}
