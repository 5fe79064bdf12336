package fr.interieur.cls.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A query parameter holding the NUL character ({@code %00}) is answered 400 here. No id, code or text of this system
 * can hold one, and PostgreSQL refuses it in any text it is sent, so it would otherwise surface as a database error.
 * (Tomcat refuses it in paths; JSON bodies are checked by the value objects.)
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class NulCharacterCheck extends OncePerRequestFilter {

    private final Problems problems;

    public NulCharacterCheck(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.contains("%00")) {
            for (String pair : query.split("&")) {
                if (pair.contains("%00")) {
                    String name = name(pair);
                    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter",
                                                        "Invalid parameter", name + " holds a NUL character");
                    problem.setProperty("parameter", name);
                    problems.write(request, response, problem);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        String raw = equals < 0 ? pair : pair.substring(0, equals);
        try {
            String decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8).replace("\0", "\\u0000");
            return decoded.length() > 100 ? decoded.substring(0, 100) + "…" : decoded;
        } catch (IllegalArgumentException malformed) {
            return "a parameter";
        }
    }
}
