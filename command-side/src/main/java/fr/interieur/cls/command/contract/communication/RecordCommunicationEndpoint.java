package fr.interieur.cls.command.contract.communication;

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
class RecordCommunicationEndpoint {

    private final CommandSender commands;

    RecordCommunicationEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String channel,
                @NotBlank @Size(max = 300) String audience, @NotBlank @Size(max = 10000) String summary) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/communications")
    ResponseEntity<CommandResponse> record(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                           CommandContext context) {
        return commands.change(new RecordCommunication(contractId, body.heldOn(), body.channel(), body.audience(),
                                                       body.summary()), context);
    }
}
