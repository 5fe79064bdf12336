package fr.interieur.cls.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where tokens are checked. Production: the issuer's keys ({@code CLS_JWT_ISSUER_URI}, or
 * {@code CLS_JWT_JWK_SET_URI} directly). Local runs and tests: HS256 tokens signed with {@code CLS_JWT_SECRET}
 * (at least 32 bytes).
 */
@ConfigurationProperties("cls.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String jwtSecret, String audience) {

    public static final int MIN_SECRET_BYTES = 32;
}
