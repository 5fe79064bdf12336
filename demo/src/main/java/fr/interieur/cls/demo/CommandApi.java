package fr.interieur.cls.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.demo.script.Actor;
import fr.interieur.cls.demo.script.Json;
import fr.interieur.cls.demo.script.Step;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the data set's commands to the command side, each with its actor's token, its {@code Idempotency-Key} and
 * its reason. A command whose answer was lost, or that met a busy or restarting service, is sent again with the
 * same key: the command side answers a retry with the first answer and appends nothing.
 */
final class CommandApi {

    /** What the command side answered: the aggregate, its version, the position of its last event. */
    record Answer(int status, String id, long version, long position) {
    }

    private static final int ATTEMPTS = 6;

    private final String baseUrl;
    private final Tokens tokens;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Actor, String> bearers = new ConcurrentHashMap<>();

    CommandApi(String commandUrl, Tokens tokens) {
        this.baseUrl = apiRoot(commandUrl);
        this.tokens = tokens;
    }

    /** {@code http://host:8081}, with or without {@code /api/v1}, gives {@code http://host:8081/api/v1}. */
    static String apiRoot(String url) {
        String root = url.strip().replaceAll("/+$", "");
        return root.endsWith("/api/v1") ? root : root + "/api/v1";
    }

    Answer send(Step step) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + step.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer(step.actor()))
                .header("Idempotency-Key", step.key())
                .method(step.method(), step.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(Json.write(step.body()), StandardCharsets.UTF_8));
        if (step.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (step.reason() != null) {
            request.header("X-Reason", headerText(step.reason()));
        }
        HttpResponse<String> response = null;
        IOException failure = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                failure = null;
                if (response.statusCode() != 503) {
                    break;
                }
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause(attempt);
        }
        if (failure != null) {
            throw new IllegalStateException("the command side at " + baseUrl + " does not answer: " + failure, failure);
        }
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new Refused(step, response.statusCode(), response.body());
        }
        JsonNode answer = read(response.body());
        return new Answer(response.statusCode(), answer.path("id").asText(), answer.path("version").asLong(),
                          answer.path("position").asLong());
    }

    /**
     * How many commands the command side has answered from its idempotency store so far (its Prometheus counter,
     * read with an admin token); empty when that cannot be read.
     */
    OptionalLong replayedSoFar() {
        String token = tokens.mint("demo-loader", "Chargeur de données de démonstration", List.of("ADMIN"), List.of(),
                                   Duration.ofMinutes(5));
        String root = baseUrl.substring(0, baseUrl.length() - "/api/v1".length());
        try {
            HttpResponse<String> metrics = client.send(
                    HttpRequest.newBuilder(URI.create(root + "/actuator/prometheus"))
                               .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() != 200) {
                return OptionalLong.empty();
            }
            double replayed = metrics.body().lines()
                    .filter(line -> line.startsWith("cls_commands_outcomes_total{")
                            && line.contains("outcome=\"replayed\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
            return OptionalLong.of(Math.round(replayed));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    private String bearer(Actor actor) {
        return bearers.computeIfAbsent(actor, a -> tokens.mint(a.sub(), a.name(), List.of("PREFECTURE"),
                                                               List.of(a.departement()), Duration.ofHours(2)));
    }

    /** Headers travel as ISO-8859-1: French reasons are percent-encoded (README), spaces as %20, not '+'. */
    static String headerText(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(8000, 500L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
