package fr.interieur.cls.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problems as both services write them: a {@code type} URI ({@code urn:cls:rule:<rule>} for a rule of
 * the domain, {@code urn:cls:problem:<kind>} otherwise), {@code title}, {@code status}, {@code detail}, and
 * {@code rule} or {@code errors} (the fields at fault). Never a stack trace or a class name.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    /** One field at fault: its JSON path in the request ({@code signatures[0].partnerId}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    private final ObjectMapper objectMapper;

    public Problems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static ProblemDetail of(HttpStatusCode status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:cls:problem:" + kind));
        problem.setTitle(title);
        return problem;
    }

    /** A rule of the domain refused the request; {@code rule} is its stable code. */
    public static ProblemDetail rule(HttpStatusCode status, String rule, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:cls:rule:" + rule));
        problem.setTitle(title);
        problem.setProperty("rule", rule);
        return problem;
    }

    /** 422: the request is well-formed JSON but these fields cannot be right. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-fields", "Invalid fields",
                                   errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                                                      : errors.size() + " fields are invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail payloadTooLarge(long limit) {
        return of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Request body too large",
                  "request bodies are limited to " + limit + " bytes");
    }

    public static ProblemDetail unavailable(String detail) {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail);
        problem.setProperty("retryAfterSeconds", 5);
        return problem;
    }

    /** Writes a problem outside Spring MVC (from a filter). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader("Retry-After", "5");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
