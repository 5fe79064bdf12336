package fr.interieur.cls.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A {@code Content-Type} that is no media type ({@code x}) or a wildcard ({@code *}) is answered 415 here: Spring
 * would otherwise fail on it deep inside body reading.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ContentTypeCheck extends OncePerRequestFilter {

    private final Problems problems;

    public ContentTypeCheck(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !valid(contentType)) {
            problems.write(request, response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                                                          "Unsupported media type",
                                                          "send JSON with Content-Type: application/json"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean valid(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
