package fr.interieur.cls.command.contract.delegation;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ContractId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class DelegateChairEndpoint {

    private final CommandSender commands;

    DelegateChairEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotBlank @Size(max = 200) String sousPrefet, @NotNull LocalDate from, LocalDate to) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/chair-delegations")
    ResponseEntity<CommandResponse> delegate(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                             CommandContext context) {
        return commands.change(new DelegateChair(contractId, body.sousPrefet(), body.from(), body.to()), context);
    }
}
