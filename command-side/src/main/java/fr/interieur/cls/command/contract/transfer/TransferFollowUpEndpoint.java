package fr.interieur.cls.command.contract.transfer;

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
class TransferFollowUpEndpoint {

    private final CommandSender commands;

    TransferFollowUpEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotBlank @Size(max = 300) String council, @NotNull LocalDate transferredOn) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/follow-up-transfers")
    ResponseEntity<CommandResponse> transfer(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                             CommandContext context) {
        return commands.change(new TransferFollowUp(contractId, body.council(), body.transferredOn()), context);
    }
}
