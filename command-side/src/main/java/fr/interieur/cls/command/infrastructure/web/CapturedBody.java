package fr.interieur.cls.command.infrastructure.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Keeps the JSON tree of a command's body beside the request: its fingerprint tells a retried request from a
 * different one under the same {@code Idempotency-Key}, and its {@code reason} field, where the body has no field
 * of that name, is the reason stored in the events' metadata.
 */
@ControllerAdvice
public class CapturedBody extends RequestBodyAdviceAdapter {

    static final String ATTRIBUTE = CapturedBody.class.getName();

    private final ObjectMapper objectMapper;

    public CapturedBody(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The captured body of the current request: its tree and whether {@code reason} is metadata. */
    record Capture(JsonNode tree, boolean reasonIsMetadata) {
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] bytes = message.getBody().readAllBytes();
        JsonNode tree;
        try {
            tree = bytes.length == 0 ? null : objectMapper.readTree(bytes);
        } catch (IOException malformed) {
            // a syntax error is a 400 whatever shape the endpoint expects ("[1, 2" is not "a list instead of an object")
            throw new HttpMessageNotReadableException("malformed JSON", malformed, message);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            request.setAttribute(ATTRIBUTE, new Capture(tree, !hasReasonField(targetType)));
        }
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static boolean hasReasonField(Type targetType) {
        return targetType instanceof Class<?> type && type.isRecord()
                && Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("reason"));
    }
}
