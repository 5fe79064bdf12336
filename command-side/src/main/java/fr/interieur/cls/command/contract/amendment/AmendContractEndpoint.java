package fr.interieur.cls.command.contract.amendment;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.AmendmentId;
import fr.interieur.cls.events.types.Commune;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.DistrictId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.SectorId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
class AmendContractEndpoint {

    private final CommandSender commands;

    AmendContractEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull AmendmentId amendmentId, @NotNull LocalDate signedOn,
                @NotBlank @Size(max = 10000) String summary,
                @Size(max = 500) List<@NotNull @Valid Commune> addCommunes,
                @Size(max = 500) List<@NotNull InseeCode> removeCommunes,
                @Size(max = 100) List<@NotNull DistrictId> addDistrictIds,
                @Size(max = 500) List<@NotNull SectorId> addSectorIds,
                @Size(max = 500) List<@NotNull SectorId> removeSectorIds,
                @PositiveOrZero Long populationCovered) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/amendments")
    ResponseEntity<CommandResponse> amend(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                          CommandContext context) {
        return commands.change(new AmendContract(contractId, body.amendmentId(), body.signedOn(), body.summary(),
                                                 Objects.requireNonNullElse(body.addCommunes(), List.of()),
                                                 Objects.requireNonNullElse(body.removeCommunes(), List.of()),
                                                 Objects.requireNonNullElse(body.addDistrictIds(), List.of()),
                                                 Objects.requireNonNullElse(body.addSectorIds(), List.of()),
                                                 Objects.requireNonNullElse(body.removeSectorIds(), List.of()),
                                                 body.populationCovered()), context);
    }
}
