package fr.interieur.cls.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID Connect issuer as small as the page's sign-in needs, standing in for Keycloak where the network is
 * closed: a discovery document, an authorization endpoint that signs in one fixed user at once (no login form),
 * a token endpoint that checks the PKCE verifier against the challenge (S256) before handing out an RS256 access
 * token, its JWK set, and an end-session endpoint. Answers CORS as Keycloak does for a client's web origin.
 */
final class StubIssuer implements AutoCloseable {

    static final String CLIENT_ID = "cls-dashboard";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    /** Codes exchanged with the right verifier, and refused exchanges. */
    final AtomicInteger exchanged = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger signedOut = new AtomicInteger();
    private final String issuer;

    private record Pending(String challenge, String redirectUri) {
    }

    StubIssuer() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.issuer = "http://localhost:" + server.getAddress().getPort() + "/realms/cls";
        server.createContext("/realms/cls/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/cls/protocol/openid-connect/auth", this::authorize);
        server.createContext("/realms/cls/protocol/openid-connect/token", this::token);
        server.createContext("/realms/cls/protocol/openid-connect/certs", this::keys);
        server.createContext("/realms/cls/protocol/openid-connect/logout", this::logout);
        server.start();
    }

    String issuer() {
        return issuer;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String base = issuer + "/protocol/openid-connect";
        json(exchange, 200, Map.of("issuer", issuer, "authorization_endpoint", base + "/auth",
                                   "token_endpoint", base + "/token", "jwks_uri", base + "/certs",
                                   "end_session_endpoint", base + "/logout",
                                   "code_challenge_methods_supported", List.of("S256")));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
            || !"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(query.get("code_challenge"), query.get("redirect_uri")));
        redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state"));
    }

    private void token(HttpExchange exchange) throws IOException {
        if ("OPTIONS".equals(exchange.getRequestMethod())) {
            json(exchange, 204, null);
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Pending pending = codes.remove(String.valueOf(form.get("code")));
        boolean valid = "authorization_code".equals(form.get("grant_type")) && pending != null
                        && CLIENT_ID.equals(form.get("client_id")) && pending.redirectUri().equals(form.get("redirect_uri"))
                        && form.get("code_verifier") != null && pending.challenge().equals(s256(form.get("code_verifier")));
        if (!valid) {
            refused.incrementAndGet();
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        exchanged.incrementAndGet();
        json(exchange, 200, Map.of("access_token", accessToken(), "token_type", "Bearer", "expires_in", 300,
                                   "refresh_token", UUID.randomUUID().toString()));
    }

    private void keys(HttpExchange exchange) throws IOException {
        json(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject());
    }

    private void logout(HttpExchange exchange) throws IOException {
        signedOut.incrementAndGet();
        redirect(exchange, form(exchange.getRequestURI().getRawQuery()).get("post_logout_redirect_uri"));
    }

    /** The user this issuer signs in: the ministry, with the claims the services read. */
    private String accessToken() {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("m.dupont")
                                                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                                                        .claim("name", "Marie Dupont (ministère)")
                                                        .claim("roles", List.of("MINISTRY"))
                                                        .claim("departements", List.of())
                                                        .claim("azp", CLIENT_ID).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        // the page fetches the discovery document and the tokens from its own origin (Keycloak: "Web origins")
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Content-Type, Accept");
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
