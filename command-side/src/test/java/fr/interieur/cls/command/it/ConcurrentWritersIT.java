package fr.interieur.cls.command.it;

import fr.interieur.cls.testsupport.ContractScenario;
import fr.interieur.cls.testsupport.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two préfecture agents write to the same contract at the same time, each sending the version it last saw:
 * each version is won by exactly one of them, the other learns the new version (412) and tries again, and the
 * stream ends up with exactly the events that were answered with success, in one unbroken sequence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentWritersIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exactlyOneWriterWinsEachVersionAndNoEventIsLostOrDoubled() throws Exception {
        ContractScenario s = new ContractScenario(port).district().draft();
        long start = s.ok(s.http.post("/contracts/" + s.contract + "/partners", """
                {"partnerId": "PREFET", "name": "Préfet du Rhône", "category": "PREFET"}""")).json().path("version").asLong();
        int attemptsPerWriter = 40;
        ConcurrentLinkedQueue<Long> wonVersions = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            int id = writer;
            done.add(writers.submit(() -> {
                long seen = start;
                together.await();
                for (int i = 0; i < attemptsPerWriter; i++) {
                    Http.Response response = s.http.header("If-Match", "\"" + seen + "\"")
                                                   .post("/contracts/" + s.contract + "/communications", """
                            {"heldOn": "2000-01-10", "channel": "Presse", "audience": "Habitants",
                             "summary": "writer %d attempt %d"}""".formatted(id, i));
                    statuses.add(response.status());
                    if (response.status() == 200) {
                        seen = response.json().path("version").asLong();
                        wonVersions.add(seen);
                    } else if (response.status() == 412) {
                        seen = response.json().path("currentVersion").asLong();
                    } else {
                        assertThat(response.status()).as(response.toString()).isEqualTo(409);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();

        Set<Long> distinct = new HashSet<>(wonVersions);
        assertThat(distinct).as("each version is won once").hasSameSizeAs(wonVersions);
        assertThat(statuses).hasSize(2 * attemptsPerWriter).contains(412);
        List<Long> sequences = jdbc.queryForList("SELECT sequence_number FROM domain_event_entry "
                                                         + "WHERE aggregate_identifier = ? ORDER BY sequence_number",
                                                 Long.class, s.contract);
        assertThat(sequences).hasSize((int) start + wonVersions.size());
        for (int i = 0; i < sequences.size(); i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        assertThat(distinct).containsExactlyInAnyOrderElementsOf(
                java.util.stream.LongStream.rangeClosed(start + 1, start + wonVersions.size()).boxed().toList());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                               + "AND payload_type = 'CommunicationCarriedOut'", Long.class, s.contract))
                .isEqualTo(wonVersions.size());
    }
}
