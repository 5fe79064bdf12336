package fr.interieur.cls.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * HS256 tokens signed with this test run's own secret, which {@link TestDatabaseInitializer} hands to the
 * services as {@code CLS_JWT_SECRET}.
 */
public final class TestTokens {

    private static final String SECRET = newSecret();

    private TestTokens() {
    }

    public static String secret() {
        return SECRET;
    }

    /** A valid token for one hour. */
    public static String token(String subject, String name, List<String> roles, List<String> departements) {
        return sign(SECRET, claims(subject, name, roles, departements, Instant.now().plus(Duration.ofHours(1))));
    }

    public static String prefecture(String departement) {
        return token("pref-" + departement, "Préfecture " + departement, List.of("PREFECTURE"), List.of(departement));
    }

    public static String role(String role) {
        return token(role.toLowerCase() + "-user", role, List.of(role), List.of());
    }

    public static JWTClaimsSet.Builder claims(String subject, String name, List<String> roles,
                                              List<String> departements, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issueTime(Date.from(Instant.now().minusSeconds(5)))
                .expirationTime(Date.from(expires))
                .claim("roles", roles)
                .claim("departements", departements);
        if (subject != null) {
            claims.subject(subject);
        }
        if (name != null) {
            claims.claim("name", name);
        }
        return claims;
    }

    public static String sign(String secret, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
