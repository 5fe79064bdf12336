package fr.interieur.cls.query.infrastructure.web;

import fr.interieur.cls.query.infrastructure.projection.RebuildConflict;
import fr.interieur.cls.query.infrastructure.projection.UnknownDeadLetter;
import fr.interieur.cls.query.infrastructure.projection.UnknownProjection;
import fr.interieur.cls.query.infrastructure.security.Forbidden;
import fr.interieur.cls.web.CommonProblemHandler;
import fr.interieur.cls.web.Problems;
import fr.interieur.cls.web.security.ProblemSecurityHandlers;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** The problems reads answer: not found, forbidden (another département), not consistent yet (503). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class QueryProblemHandler {

    private final ProblemSecurityHandlers security;

    public QueryProblemHandler(ProblemSecurityHandlers security) {
        this.security = security;
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()),
                                            request);
    }

    @ExceptionHandler({UnknownProjection.class, UnknownDeadLetter.class})
    ResponseEntity<Object> unknown(RuntimeException e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()),
                                            request);
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<Object> forbidden(Forbidden e, WebRequest request) {
        security.countDenial("departement");
        return CommonProblemHandler.problem(ProblemSecurityHandlers.forbidden(e.getMessage()), request);
    }

    @ExceptionHandler(RebuildConflict.class)
    ResponseEntity<Object> rebuilding(RebuildConflict e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.rule(HttpStatus.CONFLICT, "projection.rebuild-in-progress",
                                                          "Rebuild in progress", e.getMessage()), request);
    }

    @ExceptionHandler(ReadConsistency.NotYetConsistent.class)
    ResponseEntity<Object> notYet(ReadConsistency.NotYetConsistent e, WebRequest request) {
        return CommonProblemHandler.problem(Problems.unavailable(e.getMessage()), request);
    }
}
