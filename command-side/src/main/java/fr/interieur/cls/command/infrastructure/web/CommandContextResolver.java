package fr.interieur.cls.command.infrastructure.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.interieur.cls.eventstore.integrity.CanonicalJson;
import fr.interieur.cls.web.BadRequestHeader;
import fr.interieur.cls.web.security.Actor;
import fr.interieur.cls.web.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link CommandContext} of a command request from its headers, its captured body and the
 * authenticated actor (from the verified token, never from the request). Endpoints declare it after their {@code @RequestBody}, so the body is read first.
 */
@Component
public class CommandContextResolver implements HandlerMethodArgumentResolver {

    private static final Pattern IF_MATCH = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_REASON = 2000;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CommandContext.class.equals(parameter.getParameterType());
    }

    @Override
    public CommandContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Actor actor = CurrentActor.get();
        CapturedBody.Capture body = (CapturedBody.Capture) request.getAttribute(CapturedBody.ATTRIBUTE);
        String idempotencyKey = idempotencyKey(request.getHeader("Idempotency-Key"));
        return new CommandContext(actor, reason(request, body), correlationId(request.getHeader("X-Correlation-Id")),
                                  expectedVersion(request.getHeader("If-Match")), idempotencyKey,
                                  idempotencyKey == null ? null : fingerprint(request, actor, body));
    }

    private static String reason(HttpServletRequest request, CapturedBody.Capture body) {
        String reason = request.getHeader("X-Reason") == null ? null : HeaderText.decode(request.getHeader("X-Reason"));
        if (reason == null && body != null && body.reasonIsMetadata() && body.tree() != null
                && body.tree().path("reason").isTextual()) {
            reason = body.tree().get("reason").textValue();
        }
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_REASON || reason.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new BadRequestHeader("X-Reason", "the reason must be at most " + MAX_REASON
                    + " characters of text on one line");
        }
        return reason.strip();
    }

    private static String correlationId(String header) {
        if (header == null || header.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (!CORRELATION_ID.matcher(header).matches()) {
            throw new BadRequestHeader("X-Correlation-Id",
                                       "X-Correlation-Id must be 1 to 100 letters, digits or . _ : -");
        }
        return header;
    }

    static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = IF_MATCH.matcher(header.strip());
        if (!matcher.matches()) {
            throw new BadRequestHeader("If-Match", "If-Match must carry the version you read, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String idempotencyKey(String header) {
        if (header == null) {
            return null;
        }
        if (header.isBlank() || header.length() > MAX_IDEMPOTENCY_KEY) {
            throw new BadRequestHeader("Idempotency-Key", "Idempotency-Key must be 1 to " + MAX_IDEMPOTENCY_KEY
                    + " characters");
        }
        return header;
    }

    /** Same key, same fingerprint: a retry. The fingerprint covers the method, the path, the sender and the body. */
    private static String fingerprint(HttpServletRequest request, Actor actor, CapturedBody.Capture body) {
        ArrayNode parts = JsonNodeFactory.instance.arrayNode();
        parts.add(request.getMethod()).add(request.getRequestURI()).add(actor.subject());
        parts.add(body == null || body.tree() == null ? JsonNodeFactory.instance.nullNode() : body.tree());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(CanonicalJson.toString(parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
