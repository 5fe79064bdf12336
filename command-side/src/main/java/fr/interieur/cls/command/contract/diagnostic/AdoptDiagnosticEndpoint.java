package fr.interieur.cls.command.contract.diagnostic;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Delinquency;
import fr.interieur.cls.events.types.Perception;
import fr.interieur.cls.events.types.Responses;
import fr.interieur.cls.events.types.SectorFinding;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

@RestController
class AdoptDiagnosticEndpoint {

    private final CommandSender commands;

    AdoptDiagnosticEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull LocalDate adoptedOn, @Valid Delinquency delinquency, @Valid Perception perception,
                @Valid Responses responses, @Size(max = 500) List<@NotNull @Valid SectorFinding> sectorFindings) {
    }

    @PutMapping("/api/v1/contracts/{contractId}/diagnostic")
    ResponseEntity<CommandResponse> adopt(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                          CommandContext context) {
        return commands.change(new AdoptDiagnostic(contractId, body.adoptedOn(), body.delinquency(), body.perception(),
                                                   body.responses(),
                                                   Objects.requireNonNullElse(body.sectorFindings(), List.of())),
                               context);
    }
}
