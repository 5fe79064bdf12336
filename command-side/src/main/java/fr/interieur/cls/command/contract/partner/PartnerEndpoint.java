package fr.interieur.cls.command.contract.partner;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.InseeCode;
import fr.interieur.cls.events.types.PartnerCategory;
import fr.interieur.cls.events.types.PartnerId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PartnerEndpoint {

    private final CommandSender commands;

    PartnerEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull PartnerId partnerId, @NotBlank @Size(max = 300) String name,
                @NotNull PartnerCategory category, InseeCode communeCode) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/partners")
    ResponseEntity<CommandResponse> add(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                        CommandContext context) {
        return commands.change(new AddPartner(contractId, body.partnerId(), body.name(), body.category(),
                                              body.communeCode()), context);
    }

    @DeleteMapping("/api/v1/contracts/{contractId}/partners/{partnerId}")
    ResponseEntity<CommandResponse> remove(@PathVariable ContractId contractId, @PathVariable PartnerId partnerId,
                                           CommandContext context) {
        return commands.change(new RemovePartner(contractId, partnerId), context);
    }
}
