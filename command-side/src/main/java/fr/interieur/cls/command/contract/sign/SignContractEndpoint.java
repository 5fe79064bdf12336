package fr.interieur.cls.command.contract.sign;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.Signature;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
class SignContractEndpoint {

    private final CommandSender commands;

    SignContractEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull LocalDate signedOn, @NotEmpty @Size(max = 500) List<@NotNull @Valid Signature> signatures) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/signature")
    ResponseEntity<CommandResponse> sign(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                         CommandContext context) {
        return commands.change(new SignContract(contractId, body.signedOn(), body.signatures()), context);
    }
}
