package fr.interieur.cls.command.contract.end;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.EndReason;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
class EndContractEndpoint {

    private final CommandSender commands;

    EndContractEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    /** {@code reason} is why the contract ended; the reason for the record goes in {@code X-Reason}. */
    record Body(@NotNull LocalDate endedOn, @NotNull EndReason reason, ContractId supersededBy) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/end")
    ResponseEntity<CommandResponse> end(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                        CommandContext context) {
        return commands.change(new EndContract(contractId, body.endedOn(), body.reason(), body.supersededBy()),
                               context);
    }
}
