package fr.interieur.cls.command.contract.committee;

import fr.interieur.cls.command.infrastructure.web.CommandContext;
import fr.interieur.cls.command.infrastructure.web.CommandResponse;
import fr.interieur.cls.command.infrastructure.web.CommandSender;
import fr.interieur.cls.events.types.ActionId;
import fr.interieur.cls.events.types.Attendee;
import fr.interieur.cls.events.types.Chair;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.events.types.MeetingId;
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
import java.util.UUID;

@RestController
class RecordCommitteeMeetingEndpoint {

    private final CommandSender commands;

    RecordCommitteeMeetingEndpoint(CommandSender commands) {
        this.commands = commands;
    }

    record Body(MeetingId meetingId, @NotNull LocalDate heldOn, @NotNull @Valid Chair chair,
                @Size(max = 500) List<@NotNull @Valid Attendee> attendees,
                @Size(max = 500) List<@NotNull ActionId> actionsReviewed,
                @Size(max = 500) List<@NotBlank @Size(max = 5000) String> decisions,
                LocalDate nextMeetingOn) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/committee-meetings")
    ResponseEntity<CommandResponse> record(@PathVariable ContractId contractId, @Valid @RequestBody Body body,
                                           CommandContext context) {
        MeetingId meetingId = body.meetingId() != null ? body.meetingId()
                : MeetingId.of("COPIL-" + body.heldOn() + "-" + UUID.randomUUID().toString().substring(0, 4));
        return commands.change(new RecordCommitteeMeeting(contractId, meetingId, body.heldOn(), body.chair(),
                                                          Objects.requireNonNullElse(body.attendees(), List.of()),
                                                          Objects.requireNonNullElse(body.actionsReviewed(), List.of()),
                                                          Objects.requireNonNullElse(body.decisions(), List.of()),
                                                          body.nextMeetingOn()), context);
    }
}
