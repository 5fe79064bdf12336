package fr.interieur.cls.query.ui;

import fr.interieur.cls.web.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** When the demo users exist, and how the page is told to sign in. */
class DemoUsersEnabledTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef0123";

    @Test
    void offUnlessAskedFor() {
        assertThat(DemoUsersEnabled.enabled(new MockEnvironment().withProperty("cls.security.jwt-secret", SECRET)))
                .isFalse();
        assertThat(DemoUsersEnabled.enabled(new MockEnvironment().withProperty("cls.security.jwt-secret", SECRET)
                                                                 .withProperty("cls.ui.demo-users", "false")))
                .isFalse();
    }

    @Test
    void onWhenAskedForAndTokensAreCheckedWithTheLocalSecret() {
        assertThat(DemoUsersEnabled.enabled(new MockEnvironment().withProperty("cls.security.jwt-secret", SECRET)
                                                                 .withProperty("cls.ui.demo-users", "true")))
                .isTrue();
    }

    @Test
    void neverWithARealIssuerWhateverTheSetting() {
        assertThat(DemoUsersEnabled.enabled(new MockEnvironment()
                .withProperty("cls.ui.demo-users", "true")
                .withProperty("cls.security.jwt-secret", SECRET)
                .withProperty("cls.security.issuer-uri", "https://sso.interieur.gouv.fr/realms/cls")))
                .isFalse();
        assertThat(DemoUsersEnabled.enabled(new MockEnvironment()
                .withProperty("cls.ui.demo-users", "true")
                .withProperty("cls.security.jwt-secret", SECRET)
                .withProperty("cls.security.jwk-set-uri", "https://sso.interieur.gouv.fr/keys")))
                .isFalse();
        assertThat(DemoUsersEnabled.enabled(new MockEnvironment().withProperty("cls.ui.demo-users", "true")))
                .isFalse();
    }

    @Test
    void thePageSignsInWithOpenIdConnectAtTheIssuerTheServicesTrust() {
        UiConfigEndpoint.UiConfig config = UiConfigEndpoint.UiConfig.of(
                new UiProperties(false, "cls-dashboard", "openid profile"),
                new SecurityProperties("https://sso.interieur.gouv.fr:8443/realms/cls", null, null, null), false);
        assertThat(config.mode()).isEqualTo("oidc");
        assertThat(config.clientId()).isEqualTo("cls-dashboard");
        assertThat(config.issuerOrigin()).isEqualTo("https://sso.interieur.gouv.fr:8443");
        assertThat(config.demoUsers()).isNull();
    }

    @Test
    void withoutIssuerNorDemoUsersTheUserPastesAToken() {
        UiConfigEndpoint.UiConfig config = UiConfigEndpoint.UiConfig.of(new UiProperties(false, null, "openid"),
                new SecurityProperties(null, null, SECRET, null), false);
        assertThat(config.mode()).isEqualTo("token");
        assertThat(config.issuerOrigin()).isNull();
    }
}
