package fr.interieur.cls.system;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.ServiceProcess;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two query-side instances on one database share every processor's segments, and what they build together is
 * what one instance builds alone (a rebuild by a single instance gives the same tables).
 */
class ScaleOutSystemIT {

    @Test
    void twoInstancesShareTheSegmentsAndBuildWhatOneBuilds() throws Exception {
        try (ServiceProcess commands = Services.commandSide();
             ServiceProcess first = Services.querySide(Map.of("CLS_QUERY_SEGMENTS", "4"));
             ServiceProcess second = Services.querySide(Map.of("CLS_QUERY_SEGMENTS", "4"))) {
            JdbcTemplate jdbc = Slots.jdbc();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (owners(jdbc, "contracts@a") < 2 || owners(jdbc, "timeline@a") < 2 || owners(jdbc, "territory@a") < 2) {
                assertThat(System.nanoTime()).as("both instances claim segments").isLessThan(deadline);
                Thread.sleep(250);
            }

            long last = Load.contracts(commands.baseUrl(), 200, 4, 16);
            Http firstReader = Http.at(first.baseUrl() + "/api/v1").token(TestTokens.role("MINISTRY"));
            Http secondReader = Http.at(second.baseUrl() + "/api/v1").token(TestTokens.role("MINISTRY"));
            String page1 = firstReader.get("/contracts?limit=500&minPosition=" + last).body();
            String page2 = secondReader.get("/contracts?limit=500&minPosition=" + last).body();
            assertThat(page1).isEqualTo(page2);
            assertThat(owners(jdbc, "contracts@a")).isEqualTo(2);

            // the same read models as one instance alone: rebuild with the second gone, compare the slots
            second.close();
            Http admin = Http.at(first.baseUrl() + "/api/v1").token(TestTokens.role("ADMIN"));
            for (String projection : List.of("contracts", "territory", "timeline")) {
                assertThat(admin.post("/admin/projections/" + projection + "/rebuild", "").status()).isEqualTo(202);
            }
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                boolean live = true;
                for (JsonNode status : admin.get("/admin/projections").json()) {
                    live &= "live".equals(status.path("status").asText());
                }
                if (live) {
                    break;
                }
                assertThat(System.nanoTime()).as("single-instance rebuild done").isLessThan(deadline);
                Thread.sleep(250);
            }
            RebuildCrashSystemIT.awaitPositions(admin, last);
            for (String table : Slots.TABLES) {
                assertThat(Slots.difference(jdbc, table)).as(table).isZero();
            }
        }
    }

    private static int owners(JdbcTemplate jdbc, String processor) {
        return jdbc.queryForObject("SELECT count(DISTINCT owner) FROM query.token_entry WHERE processor_name = ? "
                                           + "AND owner IS NOT NULL", Integer.class, processor);
    }
}
