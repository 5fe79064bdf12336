package fr.interieur.cls.system;

import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many contracts, each with some life, sent to the command side by several clients at once: one commune of its
 * own per contract (valid INSEE codes across many départements), so that rule 5 never interferes.
 */
final class Load {

    private static final String[] DEPARTEMENTS = {"01", "02", "03", "13", "31", "33", "38", "44", "59", "62", "67",
            "69", "75", "76", "92", "93", "94", "95", "2A", "974"};

    /** Communes handed out in this JVM: tests share the database, so no two contracts ever get the same one. */
    private static final AtomicLong COMMUNES = new AtomicLong();

    private Load() {
    }

    /** Sends {@code contracts} contracts of {@code 1 + extraEvents} events each; returns the last position. */
    static long contracts(String commandsBaseUrl, int contracts, int extraEvents, int clients) throws Exception {
        Http http = Http.at(commandsBaseUrl + "/api/v1").token(TestTokens.token(
                "load", "Charge", List.of("PREFECTURE"), List.of(DEPARTEMENTS)));
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        AtomicLong last = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < contracts; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                long c = COMMUNES.getAndIncrement();
                String departement = DEPARTEMENTS[(int) (c % DEPARTEMENTS.length)];
                long number = c / DEPARTEMENTS.length + 1;
                String commune = departement + String.format("%03d", number).substring(departement.length() - 2);
                String id = "CLS-LOAD-" + run + "-" + n;
                record(last, http.post("/contracts", """
                        {"contractId": "%s", "title": "Contrat %d", "departement": "%s", "scope": "COMMUNE",
                         "communes": [{"code": "%s", "name": "Commune %d", "population": %d}], "populationCovered": %d}"""
                        .formatted(id, n, departement, commune, n, 1000 + n, 1000 + n)));
                for (int e = 0; e < extraEvents; e++) {
                    record(last, http.post("/contracts/" + id + "/communications", """
                            {"heldOn": "2000-01-%02d", "channel": "Presse", "audience": "Habitants", "summary": "Article %d"}"""
                            .formatted(1 + e % 28, e)));
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return last.get();
    }

    private static void record(AtomicLong last, Http.Response response) {
        if (response.status() < 200 || response.status() > 201) {
            throw new AssertionError("load command refused: " + response);
        }
        last.accumulateAndGet(response.json().path("position").asLong(), Math::max);
    }
}
