package fr.interieur.cls.command.contract.assessment;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ContractId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;

@RestController
class RecordAssessmentEndpoint {

    private final CommandSender commands;

    RecordAssessmentEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull @Min(1990) @Max(2100) Integer year, @NotBlank @Size(max = 20000) String results,
                @NotBlank @Size(max = 20000) String impact, @NotBlank @Size(max = 20000) String followUpConditions,
                @Size(max = 20000) String perceptionChange,
                @Size(max = 200) List<@NotBlank @Size(max = 5000) String> proposals, Boolean correction) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/assessments")
    ResponseEntity<CommandResponse> record(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                           CommandContext context) {
        return commands.change(new RecordAssessment(contractId, body.year(), body.results(), body.impact(),
                                                    body.followUpConditions(), body.perceptionChange(),
                                                    Objects.requireNonNullElse(body.proposals(), List.of()),
                                                    Boolean.TRUE.equals(body.correction())), context);
    }
}
