package fr.interieur.cls.command.contract.draft;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.ContractScope;
import fr.interieur.cls.events.types.DepartementCode;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.SectorId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

@RestController
class DraftContractEndpoint {

    private final CommandSender commands;

    DraftContractEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(ContractId contractId,
                @NotBlank @Size(max = 300) String title,
                @NotNull DepartementCode departement,
                @NotNull ContractScope scope,
                @NotEmpty @Size(max = 500) List<@NotNull @Valid Commune> communes,
                @Size(max = 100) List<@NotNull DistrictId> districtIds,
                @Size(max = 500) List<@NotNull SectorId> sectorIds,
                @NotNull @PositiveOrZero Long populationCovered,
                ContractId supersedes) {
    }

    @PostMapping("/api/v1/contracts")
    ResponseEntity<CommandResponse> draft(@Valid @RequestBody Body body, CommandContext context) {
        ContractId contractId = body.contractId() != null ? body.contractId() : ContractId.of(
                "CLS-" + body.departement() + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        return commands.create(new DraftContract(contractId, body.title(), body.departement(), body.scope(),
                                                 body.communes(), Objects.requireNonNullElse(body.districtIds(), List.of()),
                                                 Objects.requireNonNullElse(body.sectorIds(), List.of()),
                                                 body.populationCovered(), body.supersedes()), context);
    }
}
