package fr.interieur.cls.command.contract.progress;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionStatus;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Measurement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

@RestController
class RecordActionProgressEndpoint {

    private final CommandSender commands;

    RecordActionProgressEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(ActionStatus status, @Size(max = 500) List<@NotNull @Valid Measurement> measurements,
                @Size(max = 5000) String note, LocalDate reportedOn) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/actions/{actionId}/progress")
    ResponseEntity<CommandResponse> record(@PathVariable ContractId contractId, @PathVariable ActionId actionId,
                                           @Valid @RequestBody Body body, CommandContext context) {
        return commands.change(new RecordActionProgress(contractId, actionId, body.status(),
                                                        Objects.requireNonNullElse(body.measurements(), List.of()),
                                                        body.note(), body.reportedOn()), context);
    }
}
