package fr.interieur.cls.query.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.interieur.cls.web.security.SecurityProperties;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /ui/config}, public: how the page signs in. {@code demo}: it lists the demo users and asks
 * {@code /ui/demo-token}; {@code oidc}: authorization code with PKCE at the issuer the services check tokens
 * against; {@code token}: neither is configured (a local run on PostgreSQL), the user pastes a token from
 * {@code bin/token}. Nothing secret here: a public client has no secret.
 */
@RestController
class UiConfigEndpoint {

    private final UiConfig config;

    UiConfigEndpoint(UiProperties ui, SecurityProperties security, Environment environment) {
        this.config = UiConfig.of(ui, security, DemoUsersEnabled.enabled(environment));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UiConfig(String mode, String issuer, String clientId, String scopes, List<DemoUser> demoUsers) {

        static UiConfig of(UiProperties ui, SecurityProperties security, boolean demo) {
            if (demo) {
                return new UiConfig("demo", null, null, null, DemoUser.ALL);
            }
            if (hasText(security.issuerUri()) && hasText(ui.oidcClientId())) {
                return new UiConfig("oidc", security.issuerUri(), ui.oidcClientId(), ui.oidcScopes(), null);
            }
            return new UiConfig("token", null, null, null, null);
        }

        /** The issuer's origin, which the page fetches its discovery document and tokens from. */
        String issuerOrigin() {
            if (!"oidc".equals(mode)) {
                return null;
            }
            java.net.URI uri = java.net.URI.create(issuer);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
    }

    UiConfig config() {
        return config;
    }

    @GetMapping("/ui/config")
    ResponseEntity<UiConfig> get() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(config);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
