package fr.interieur.cls.command.infrastructure.web;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.common.CommandMetadata;
import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.infrastructure.CommandSideProperties;
import fr.interieur.cls.command.infrastructure.bus.CommandBusBusyException;
import fr.interieur.cls.command.infrastructure.bus.CommandOutcome;
import fr.interieur.cls.command.infrastructure.idempotency.IdempotencyStore;
import fr.interieur.cls.command.infrastructure.idempotency.StoredAnswer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a command from an endpoint and turns its outcome into the HTTP answer of the API: {@code id},
 * {@code version}, {@code position}, the version as {@code ETag}. Refusals come out as exceptions, which the
 * problem handler answers. Times every command by type and outcome.
 */
@Component
public class CommandSender {

    /** Tells a client that the answer is the stored one of an earlier request with the same Idempotency-Key. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final CommandBus commandBus;
    private final IdempotencyStore idempotency;
    private final CommandSideProperties properties;
    private final MeterRegistry meters;

    public CommandSender(CommandBus commandBus, IdempotencyStore idempotency, CommandSideProperties properties,
                         MeterRegistry meters) {
        this.commandBus = commandBus;
        this.idempotency = idempotency;
        this.properties = properties;
        this.meters = meters;
    }

    /** A command that creates its aggregate: 201 with a Location. */
    public ResponseEntity<CommandResponse> create(Object command, CommandContext context) {
        return send(command, context, HttpStatus.CREATED);
    }

    /** A command on an existing aggregate: 200. */
    public ResponseEntity<CommandResponse> change(Object command, CommandContext context) {
        return send(command, context, HttpStatus.OK);
    }

    private ResponseEntity<CommandResponse> send(Object command, CommandContext context, HttpStatus status) {
        String type = command.getClass().getSimpleName();
        long started = System.nanoTime();
        String outcome = "error";
        try {
            Object result = dispatch(command, context, status);
            outcome = result instanceof StoredAnswer ? "replayed" : "success";
            return answer(result, status);
        } catch (RuntimeException e) {
            outcome = outcomeOf(e);
            throw e;
        } finally {
            Timer.builder("cls.commands")
                 .description("commands handled, by type and outcome")
                 .tag("command", type)
                 .tag("outcome", outcome)
                 .publishPercentiles(0.5, 0.99)
                 .register(meters)
                 .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            meters.counter("cls.commands.outcomes", "command", type, "outcome", outcome).increment();
        }
    }

    private Object dispatch(Object command, CommandContext context, HttpStatus status) {
        if (context.idempotencyKey() != null) {
            Optional<StoredAnswer> stored = idempotency.answerFor(context.idempotencyKey(), context.requestHash());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        String commandId = UUID.randomUUID().toString();
        CompletableFuture<CommandResultMessage<?>> result = new CompletableFuture<>();
        commandBus.dispatch(new GenericCommandMessage<>(new GenericMessage<>(commandId, command,
                                                                             metadata(commandId, context, status)),
                                                        command.getClass().getName()),
                            (message, resultMessage) -> result.complete(resultMessage));
        CommandResultMessage<?> answer;
        try {
            answer = result.get(properties.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CommandBusBusyException("the command was not committed within " + properties.commandTimeout()
                                                      + "; it may still be; retry with the same Idempotency-Key");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandBusBusyException("interrupted while waiting for the command");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (answer.isExceptional()) {
            Throwable error = answer.exceptionResult();
            if (error instanceof IllegalArgumentException invalid) {
                // a value object or event refused what the endpoint let through
                throw new InvalidCommand(invalid.getMessage());
            }
            throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
        }
        return answer.getPayload();
    }

    private static MetaData metadata(String commandId, CommandContext context, HttpStatus status) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(CommandMetadata.COMMAND_ID, commandId);
        metadata.put(CommandMetadata.CAUSATION_ID, commandId);
        metadata.put(CommandMetadata.CORRELATION_ID, context.correlationId());
        metadata.put(CommandMetadata.ACTOR, context.actor().subject());
        metadata.put(CommandMetadata.ACTOR_NAME, context.actor().name());
        metadata.put(CommandMetadata.SCOPE, String.join(",", context.actor().departements()));
        if (context.reason() != null) {
            metadata.put(CommandMetadata.REASON, context.reason());
        }
        if (context.expectedVersion() != null) {
            metadata.put(CommandMetadata.EXPECTED_VERSION, context.expectedVersion());
        }
        if (context.idempotencyKey() != null) {
            metadata.put(IdempotencyStore.KEY, context.idempotencyKey());
            metadata.put(IdempotencyStore.REQUEST_HASH, context.requestHash());
            metadata.put(IdempotencyStore.SUCCESS_STATUS, status.value());
        }
        return MetaData.from(metadata);
    }

    private static ResponseEntity<CommandResponse> answer(Object result, HttpStatus status) {
        if (result instanceof StoredAnswer stored) {
            ResponseEntity<CommandResponse> replay = respond(HttpStatus.valueOf(stored.status()), new CommandResponse(
                    stored.aggregateId(), stored.version(), stored.position()));
            return ResponseEntity.status(replay.getStatusCode()).headers(replay.getHeaders())
                                 .header(IDEMPOTENT_REPLAYED, "true").body(replay.getBody());
        }
        if (result instanceof CommandOutcome outcome) {
            return respond(status, new CommandResponse(outcome.aggregateId(), outcome.version(), outcome.position()));
        }
        throw new IllegalStateException("unexpected command result " + result);
    }

    private static ResponseEntity<CommandResponse> respond(HttpStatus status, CommandResponse body) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag(Long.toString(body.version()));
        if (status == HttpStatus.CREATED) {
            builder.location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                                                        .buildAndExpand(body.id()).toUri());
        }
        return builder.body(body);
    }

    private static String outcomeOf(RuntimeException e) {
        if (e instanceof RuleViolation violation) {
            return switch (violation.kind()) {
                case CONFLICT -> "rejected";
                case INVALID -> "invalid";
                case NOT_FOUND -> "not_found";
            };
        }
        if (e instanceof ConflictingAggregateVersionException) {
            return "stale";
        }
        if (e instanceof AggregateNotFoundException) {
            return "not_found";
        }
        if (e instanceof AccessDenied) {
            return "forbidden";
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException) {
            return "conflict";
        }
        return "error";
    }
}
