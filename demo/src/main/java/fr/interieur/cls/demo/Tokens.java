package fr.interieur.cls.demo;

import fr.interieur.cls.demo.script.Json;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * HS256 tokens signed with the secret the services run with ({@code CLS_JWT_SECRET}), as {@code bin/token} mints
 * them: {@code sub}, {@code name}, {@code roles}, {@code departements}, {@code iat}, {@code exp}.
 */
public final class Tokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;
    private final Clock clock;

    public Tokens(String secret, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("the token secret must be at least 32 bytes (the services refuse "
                                               + "shorter ones)");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String mint(String subject, String name, List<String> roles, List<String> departements, Duration ttl) {
        long now = clock.instant().getEpochSecond();
        String header = encode(Json.write(Json.obj("alg", "HS256", "typ", "JWT")));
        String claims = encode(Json.write(Json.obj("sub", subject, "name", name, "roles", roles,
                                                   "departements", departements, "iat", now,
                                                   "exp", now + ttl.toSeconds())));
        String unsigned = header + "." + claims;
        return unsigned + "." + BASE64URL.encodeToString(hmac(unsigned));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
