package fr.interieur.cls.command.contract.review;

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
import java.util.List;
import java.util.Objects;

@RestController
class RecordReviewMeetingEndpoint {

    private final CommandSender commands;

    RecordReviewMeetingEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(@NotNull LocalDate heldOn, @Size(max = 500) List<@NotBlank @Size(max = 300) String> participants,
                @NotBlank @Size(max = 10000) String summary) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/review-meetings")
    ResponseEntity<CommandResponse> record(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                           CommandContext context) {
        return commands.change(new RecordReviewMeeting(contractId, body.heldOn(),
                                                       Objects.requireNonNullElse(body.participants(), List.of()),
                                                       body.summary()), context);
    }
}
