package fr.interieur.cls.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The problems both services answer for what a client can get wrong on any endpoint: malformed JSON (400),
 * fields of the wrong type or value (422), unknown paths and methods, oversized bodies, and a database that does
 * not answer (503). Ordered last: each service's own advice answers its own exceptions first. Anything
 * unexpected is a 500 that says nothing of the internals and logs an error id.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommonProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return problem(notReadable(ex), request);
    }

    static ProblemDetail notReadable(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge) {
                return Problems.payloadTooLarge(RequestSizeLimit.LIMIT);
            }
            if (cause instanceof StreamConstraintsException constraints) {
                return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                                   "the JSON goes beyond what is accepted: " + firstLine(constraints.getOriginalMessage()));
            }
            if (cause instanceof JsonParseException) {
                return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                                   "the request body is not valid JSON");
            }
            if (cause instanceof ValueInstantiationException instantiation) {
                Throwable reason = instantiation.getCause() != null ? instantiation.getCause() : instantiation;
                return Problems.invalid(List.of(new Problems.FieldError(path(instantiation),
                                                                        firstLine(reason.getMessage()))));
            }
            if (cause instanceof InvalidFormatException format) {
                return Problems.invalid(List.of(new Problems.FieldError(
                        path(format), "cannot read " + describe(format.getValue()) + " as "
                                      + expected(format.getTargetType()))));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return Problems.invalid(List.of(new Problems.FieldError(path(unknown), "unknown field")));
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return Problems.invalid(List.of(new Problems.FieldError(
                        path(mismatch), mismatch.getTargetType() == null
                                        ? "wrong JSON type"
                                        : "expected " + expected(mismatch.getTargetType()))));
            }
            if (cause instanceof JsonMappingException mapping && cause.getCause() instanceof IllegalArgumentException bad) {
                return Problems.invalid(List.of(new Problems.FieldError(path(mapping), firstLine(bad.getMessage()))));
            }
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                           "the request body is missing or cannot be read as JSON");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new Problems.FieldError(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
          .forEach(error -> errors.add(new Problems.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return problem(Problems.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                new Problems.FieldError(result.getMethodParameter().getParameterName(),
                                        error.getDefaultMessage()))));
        return problem(Problems.invalid(errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : Problems.of(statusCode, "http-" + statusCode.value(), HttpStatus.valueOf(statusCode.value())
                                                                                  .getReasonPhrase(), null);
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create("urn:cls:problem:http-" + statusCode.value()));
        }
        return ResponseEntity.status(statusCode).headers(headers).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        if (ex.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return problem(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                                       "no " + ex.getName() + " \"" + truncate(String.valueOf(ex.getValue())) + "\""),
                           request);
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                                   "parameter " + ex.getName() + " cannot be \"" + truncate(String.valueOf(ex.getValue()))
                                   + "\""), request);
    }

    @ExceptionHandler(BadRequestHeader.class)
    ResponseEntity<Object> badHeader(BadRequestHeader ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-header", "Invalid header",
                                            ex.getMessage());
        problem.setProperty("header", ex.header());
        return problem(problem, request);
    }

    @ExceptionHandler(BadRequestParameter.class)
    ResponseEntity<Object> badParameter(BadRequestParameter ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                                            ex.getMessage());
        problem.setProperty("parameter", ex.parameter());
        return problem(problem, request);
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class, QueryTimeoutException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex, WebRequest request) {
        log.warn("database unavailable: {}", ex.toString());
        return problem(Problems.unavailable("the database does not answer; retry shortly"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected error {} on {}", errorId, request.getDescription(false), ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                                            "something went wrong on our side; quote error id " + errorId);
        problem.setProperty("errorId", errorId);
        return problem(problem, request);
    }

    /** Answers a problem with its content type, instance and, for 503, a Retry-After. */
    public static ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request) {
        if (problem.getInstance() == null && request instanceof org.springframework.web.context.request.ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            problem.setInstance(URI.create(http.getRequestURI()));
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            builder.header(HttpHeaders.RETRY_AFTER, "5");
        }
        return builder.body(problem);
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant.toString());
            }
            return "one of " + names;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        String name = type.getSimpleName().toLowerCase(Locale.ROOT);
        if (name.contains("date")) {
            return "a date (YYYY-MM-DD)";
        }
        if (name.equals("instant")) {
            return "an instant (YYYY-MM-DDThh:mm:ssZ)";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type == String.class ? "text" : "an object or value of the expected shape";
    }

    private static String describe(Object value) {
        return value == null ? "null" : "\"" + truncate(value.toString()) + "\"";
    }

    private static String truncate(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Jackson sometimes prefixes class names; clients never need them
        return line.replaceAll("(?:[a-z]+\\.)+[A-Z][A-Za-z$]*", "value");
    }
}
