package fr.interieur.cls.command.district.register;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RegisterDistrictEndpoint {

    private final CommandSender commands;

    RegisterDistrictEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/districts")
    ResponseEntity<CommandResponse> register(@Valid @RequestBody RegisterDistrict command, CommandContext context) {
        return commands.create(command, context);
    }
}
