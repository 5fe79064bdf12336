package fr.interieur.cls.system;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side is killed (SIGKILL, no goodbye) in the middle of rebuilding every projection; once restarted it
 * finishes the rebuilds from its tokens, switches over, and the rebuilt tables are the ones built live: nothing lost,
 * nothing doubled.
 */
class RebuildCrashSystemIT {

    @Test
    void aQuerySideKilledDuringARebuildResumesItAndLosesOrDoublesNothing() throws Exception {
        long last;
        try (ServiceProcess commands = Services.commandSide();
             ServiceProcess live = Services.querySide()) {
            last = Load.contracts(commands.baseUrl(), 300, 9, 16);
            Http admin = Http.at(live.baseUrl() + "/api/v1").token(TestTokens.role("ADMIN"));
            assertThat(Http.at(live.baseUrl() + "/api/v1").token(TestTokens.role("MINISTRY"))
                           .get("/contracts?limit=1&minPosition=" + last).status()).isEqualTo(200);
            awaitPositions(admin, last);
        }

        // slow batches so that the kill lands in the middle of the rebuild
        ServiceProcess doomed = Services.querySide(Map.of("CLS_QUERY_BATCH_SIZE", "3"));
        Http admin = Http.at(doomed.baseUrl() + "/api/v1").token(TestTokens.role("ADMIN"));
        for (String projection : new String[]{"contracts", "territory", "timeline"}) {
            assertThat(admin.post("/admin/projections/" + projection + "/rebuild", "").status()).isEqualTo(202);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rebuildProgress(admin) < last / 5) {
            assertThat(System.nanoTime()).as("rebuild under way").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(rebuildProgress(admin)).as("killed before the rebuild finished").isLessThan(last);
        doomed.kill();

        try (ServiceProcess restarted = Services.querySide()) {
            Http adminAgain = Http.at(restarted.baseUrl() + "/api/v1").token(TestTokens.role("ADMIN"));
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (anyRebuilding(adminAgain)) {
                assertThat(System.nanoTime()).as("rebuilds resumed and switched over").isLessThan(deadline);
                Thread.sleep(250);
            }
            awaitPositions(adminAgain, last);
            JdbcTemplate jdbc = Slots.jdbc();
            for (String table : Slots.TABLES) {
                assertThat(Slots.difference(jdbc, table)).as(table).isZero();
                assertThat(Slots.count(jdbc, "query_a", table)).as(table).isEqualTo(Slots.count(jdbc, "query_b", table));
            }
            assertThat(Slots.count(jdbc, "query_a", "timeline_entry")).isGreaterThanOrEqualTo(3000);
        }
    }

    private static long rebuildProgress(Http admin) {
        long lowest = Long.MAX_VALUE;
        for (JsonNode status : admin.get("/admin/projections").json()) {
            lowest = Math.min(lowest, status.path("rebuildPosition").asLong(Long.MAX_VALUE));
        }
        return lowest;
    }

    private static boolean anyRebuilding(Http admin) {
        for (JsonNode status : admin.get("/admin/projections").json()) {
            if (!"live".equals(status.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    static void awaitPositions(Http admin, long position) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            boolean all = true;
            for (JsonNode status : admin.get("/admin/projections").json()) {
                all &= status.path("position").asLong() >= position;
            }
            if (all) {
                return;
            }
            assertThat(System.nanoTime()).as("projections reach " + position).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
