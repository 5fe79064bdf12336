package fr.interieur.cls.query.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The page's Content Security Policy: scripts and styles from this server only (no inline script, no inline
 * style, no eval), data fetched from this server and, when signing in with OpenID Connect, from the issuer; never
 * framed. A page that holds a bearer token must not run anything an attacker slips into the data. Written on the
 * HTML page only: the JSON answers are not documents, and the report and Swagger UI set their own.
 */
@Component
class PageHeaders extends OncePerRequestFilter {

    private final String policy;

    PageHeaders(UiConfigEndpoint config) {
        String issuer = config.config().issuerOrigin();
        this.policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                      + "font-src 'self'; connect-src 'self'" + (issuer == null ? "" : " " + issuer) + "; "
                      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    String policy() {
        return policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPage(request.getRequestURI())) {
            response.setHeader("Content-Security-Policy", policy);
            // the page's URL may carry an authorization code on the way back from the issuer
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        chain.doFilter(request, response);
    }

    private static boolean isPage(String path) {
        return "/".equals(path) || "/index.html".equals(path);
    }
}
