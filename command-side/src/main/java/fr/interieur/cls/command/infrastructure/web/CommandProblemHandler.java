package fr.interieur.cls.command.infrastructure.web;

import fr.interieur.cls.command.common.AccessDenied;
import fr.interieur.cls.command.common.RuleViolation;
import fr.interieur.cls.command.infrastructure.bus.CommandBusBusyException;
import fr.interieur.cls.command.infrastructure.idempotency.IdempotencyKeyReused;
import fr.interieur.cls.web.CommonProblemHandler;
import fr.interieur.cls.web.Problems;
import fr.interieur.cls.web.security.ProblemSecurityHandlers;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.List;

/** The problems commands answer: rules (409/422), unknown aggregates (404), stale versions (412), scope (403). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CommandProblemHandler {

    private final ProblemSecurityHandlers security;

    public CommandProblemHandler(ProblemSecurityHandlers security) {
        this.security = security;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> rule(RuleViolation violation, WebRequest request) {
        ProblemDetail problem;
        if (violation.kind() == RuleViolation.Kind.CONFLICT) {
            problem = Problems.rule(HttpStatus.CONFLICT, violation.rule(), "Refused by a rule", violation.getMessage());
        } else if (violation.kind() == RuleViolation.Kind.NOT_FOUND) {
            problem = Problems.rule(HttpStatus.NOT_FOUND, violation.rule(), "Not found", violation.getMessage());
        } else {
            problem = Problems.rule(HttpStatus.UNPROCESSABLE_ENTITY, violation.rule(), "Invalid command",
                                    violation.getMessage());
            problem.setProperty("errors", List.of(new Problems.FieldError(
                    violation.field() == null ? "body" : violation.field(), violation.getMessage())));
        }
        return CommonProblemHandler.problem(problem, request);
    }

    @ExceptionHandler(InvalidCommand.class)
    ResponseEntity<Object> invalidCommand(InvalidCommand e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.invalid(List.of(new Problems.FieldError("body", e.getMessage()))),
                                            request);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> notFound(AggregateNotFoundException e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                                        "no " + kind(request) + " \"" + e.getAggregateIdentifier() + "\""),
                                            request);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e, WebRequest request) {
        ProblemDetail problem = Problems.rule(HttpStatus.PRECONDITION_FAILED, "aggregate.version-mismatch",
                                              "Version mismatch",
                                              "If-Match expected version " + (e.getExpectedVersion() + 1)
                                              + " but it is at version " + (e.getActualVersion() + 1)
                                              + "; read it again before changing it");
        problem.setProperty("currentVersion", e.getActualVersion() + 1);
        return CommonProblemHandler.problem(problem, request);
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrent(RuntimeException e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.rule(HttpStatus.CONFLICT, "aggregate.concurrent-modification",
                                                          "Concurrent modification",
                                                          "someone else changed it at the same moment; read it again "
                                                          + "and retry"), request);
    }

    @ExceptionHandler(AccessDenied.class)
    ResponseEntity<Object> denied(AccessDenied e, WebRequest request) {
        security.countDenial("departement");
        return CommonProblemHandler.problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage()),
                                            request);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> keyReused(IdempotencyKeyReused e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.rule(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key-reused",
                                                          "Idempotency key reused", e.getMessage()), request);
    }

    @ExceptionHandler(CommandBusBusyException.class)
    ResponseEntity<Object> busy(CommandBusBusyException e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.unavailable(e.getMessage()), request);
    }

    private static String kind(WebRequest request) {
        String path = request.getDescription(false);
        return path.contains("/districts") ? "police district" : "contract";
    }
}
