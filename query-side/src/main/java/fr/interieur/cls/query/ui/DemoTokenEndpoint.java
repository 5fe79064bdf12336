package fr.interieur.cls.query.ui;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import fr.interieur.cls.web.BadRequestParameter;
import fr.interieur.cls.web.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code POST /ui/demo-token {"user": "prefecture-69"}}: a token for one of the {@link DemoUser}s, signed with the
 * local secret the services check tokens with, so that the embedded run can be tried without an identity
 * provider. Absent (404) unless {@link DemoUsersEnabled}.
 */
@RestController
@Conditional(DemoUsersEnabled.class)
class DemoTokenEndpoint {

    /** Long enough to look around, short enough that a token copied out of a demo is soon worthless. */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(DemoTokenEndpoint.class);

    private final JwtEncoder encoder;

    DemoTokenEndpoint(SecurityProperties security) {
        byte[] secret = security.jwtSecret().getBytes(StandardCharsets.UTF_8);
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(secret, "HmacSHA256")));
        log.warn("Demo users enabled (cls.ui.demo-users): POST /ui/demo-token hands out tokens for {} fixed "
                 + "identities. For the embedded run only.", DemoUser.ALL.size());
    }

    record Request(String user) {
    }

    /** What the page keeps: the token, when it expires, who it is for. */
    record Answer(String accessToken, String tokenType, long expiresIn, DemoUser user) {
    }

    @PostMapping("/ui/demo-token")
    Answer token(@RequestBody Request request) {
        DemoUser user = DemoUser.byId(request == null ? null : request.user())
                                .orElseThrow(() -> new BadRequestParameter("user", "user must be one of "
                                        + DemoUser.ALL.stream().map(DemoUser::id).toList()));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                                          .issuer("cls-demo")
                                          .subject("demo-" + user.id())
                                          .issuedAt(now)
                                          .expiresAt(now.plus(LIFETIME))
                                          .claim("name", user.name())
                                          .claim("roles", user.roles())
                                          .claim("departements", user.departements())
                                          .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                              .getTokenValue();
        return new Answer(token, "Bearer", LIFETIME.toSeconds(), user);
    }
}
