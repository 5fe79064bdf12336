package fr.interieur.cls.demo;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.demo.script.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The national dashboard as the ministry reads it, once the read models hold the loader's last event. */
final class QueryApi {

    private final String baseUrl;
    private final Tokens tokens;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    QueryApi(String queryUrl, Tokens tokens) {
        this.baseUrl = CommandApi.apiRoot(queryUrl);
        this.tokens = tokens;
    }

    /** Waits (a minute at most) until the read models reached {@code position}, then reads the dashboard. */
    JsonNode nationalDashboard(long position) {
        String token = tokens.mint("demo-loader-lecture", "Cellule interministérielle CLS (démonstration)",
                                   List.of("MINISTRY"), List.of(), Duration.ofMinutes(10));
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/dashboard/national?minPosition=" + position))
                                   .timeout(Duration.ofSeconds(15)).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Json.MAPPER.readTree(response.body());
                }
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() != 503) {
                    break;
                }
            } catch (IOException e) {
                last = e.toString();
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the query side at " + baseUrl + " did not show position " + position + ": "
                                        + last);
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
