package fr.interieur.cls.query.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dashboard page.
 *
 * @param demoUsers    offer the demo users and mint their tokens ({@code CLS_UI_DEMO_USERS}); honoured only when
 *                     tokens are checked with {@code CLS_JWT_SECRET}, never with a real issuer
 * @param oidcClientId the public client the page signs in with at the issuer ({@code CLS_OIDC_CLIENT_ID})
 * @param oidcScopes   the scopes it asks for ({@code CLS_OIDC_SCOPES})
 */
@ConfigurationProperties("cls.ui")
record UiProperties(@DefaultValue("false") boolean demoUsers,
                    String oidcClientId,
                    @DefaultValue("openid profile") String oidcScopes) {
}
