package fr.interieur.cls.web.security;

import fr.interieur.cls.web.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * 401 and 403 as problems. Denials are counted ({@code cls.security.denied}) so that a préfecture knocking at
 * another département's door shows on the dashboards of those who watch.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final MeterRegistry meters;

    public ProblemSecurityHandlers(Problems problems, MeterRegistry meters) {
        this.problems = problems;
        this.meters = meters;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        boolean tokenSent = request.getHeader("Authorization") != null;
        meters.counter("cls.security.denied", "status", "401", "reason", tokenSent ? "invalid-token" : "no-token")
              .increment();
        response.setHeader("WWW-Authenticate", tokenSent
                ? "Bearer error=\"invalid_token\", error_description=\"the token is invalid, expired or not signed by a trusted key\""
                : "Bearer");
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                            tokenSent ? "the bearer token is invalid, expired or not signed by a trusted key"
                                                      : "send a bearer token (Authorization: Bearer ...)");
        problems.write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        countDenial("role");
        problems.write(request, response, forbidden("your roles do not allow this request"));
    }

    public void countDenial(String reason) {
        meters.counter("cls.security.denied", "status", "403", "reason", reason).increment();
    }

    public static ProblemDetail forbidden(String detail) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }
}
