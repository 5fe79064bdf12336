package fr.interieur.cls.command.contract.action;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.ActionTheme;
import fr.interieur.cls.events.types.Budget;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Indicator;
import fr.interieur.cls.events.types.PartnerId;
import fr.interieur.cls.events.types.SectorId;
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
import java.util.List;
import java.util.Objects;

@RestController
class AddActionEndpoint {

    private final CommandSender commands;

    AddActionEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull ActionId actionId, @NotBlank @Size(max = 300) String title, @NotNull ActionTheme theme,
                @Size(max = 5000) String objective, @NotNull PartnerId leadPartnerId,
                @Size(max = 100) List<@NotNull PartnerId> partnerIds,
                @Size(max = 500) List<@NotNull SectorId> sectorIds,
                @NotNull LocalDate startOn, @NotNull LocalDate endOn, @Valid Budget budget,
                @Size(max = 50) List<@NotNull @Valid Indicator> indicators) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/actions")
    ResponseEntity<CommandResponse> add(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                        CommandContext context) {
        return commands.change(new AddAction(contractId, body.actionId(), body.title(), body.theme(), body.objective(),
                                             body.leadPartnerId(),
                                             Objects.requireNonNullElse(body.partnerIds(), List.of()),
                                             Objects.requireNonNullElse(body.sectorIds(), List.of()), body.startOn(),
                                             body.endOn(), body.budget(),
                                             Objects.requireNonNullElse(body.indicators(), List.of())), context);
    }
}
