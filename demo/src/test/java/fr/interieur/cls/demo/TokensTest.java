package fr.interieur.cls.demo;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-0123";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void mintsAnHs256TokenTheServicesVerifyWithTheSameSecret() throws Exception {
        String token = new Tokens(SECRET, CLOCK).mint("pref69-bsi", "Bureau de la sécurité intérieure, préfecture du Rhône",
                                                      List.of("PREFECTURE"), List.of("69"), Duration.ofHours(2));

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("pref69-bsi");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("name")).isEqualTo("Bureau de la sécurité intérieure, préfecture du Rhône");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("PREFECTURE");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("departements")).containsExactly("69");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant()).isEqualTo(CLOCK.instant().plus(Duration.ofHours(2)));
    }

    @Test
    void refusesASecretTheServicesWouldRefuse() {
        assertThatThrownBy(() -> new Tokens("too-short", CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }
}
