package fr.interieur.cls.query.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the whole log verifies, in a store of its own, in a warm JVM as in a running query side. 20,000 events by
 * default, to keep the build quick; the figures of docs/audit.md come from
 * {@code -Dcls.audit.benchmark.events=100000}. Speed is printed, not asserted: a shared build machine says little.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainVerificationSpeedIT {

    private static final int EVENTS = Integer.getInteger("cls.audit.benchmark.events", 20_000);

    private IsolatedEventStore store;

    @BeforeAll
    void fill() {
        store = IsolatedEventStore.create();
        long start = System.nanoTime();
        store.appendContracts("CLS-69-SPEED", EVENTS / 10);
        System.out.printf("appended %d events in %d ms%n", EVENTS, (System.nanoTime() - start) / 1_000_000);
        // as a store that has lived: rows frozen and hinted by vacuum, statistics known
        store.jdbc().execute("VACUUM ANALYZE domain_event_entry");
    }

    @AfterAll
    void drop() {
        store.drop();
    }

    @Test
    void verifiesTheWholeLogSequentiallyAndInParallel() throws Exception {
        int processors = Runtime.getRuntime().availableProcessors();
        // the first rounds warm the JIT up, as a running query side is; the last ones are the figures
        for (int round = 0; round < 5; round++) {
            for (int threads : new int[]{1, processors}) {
                for (boolean copy : new boolean[]{true, false}) {
                    ChainVerifier verifier = copy ? store.verifier(threads) : store.verifier(threads).withoutCopy();
                    long start = System.nanoTime();
                    Verification verification = verifier.all();
                    long nanos = System.nanoTime() - start;
                    assertThat(verification.verified()).as(verification.toString()).isTrue();
                    assertThat(verification.events()).isEqualTo(EVENTS);
                    assertThat(verification.chains()).isEqualTo(EVENTS / 10);
                    System.out.printf("%s: verified %d events in %d ms, %d thread(s), %s: %.0f events/s%n",
                                      round < 2 ? "warming up" : "measured", EVENTS, nanos / 1_000_000, threads,
                                      copy ? "binary COPY" : "JDBC cursor", EVENTS * 1e9 / nanos);
                }
            }
        }
        ChainVerifier verifier = store.verifier(processors);
        long start = System.nanoTime();
        ChainVerifier.Pass pass = verifier.pass(null, verifier.head(), true);
        String digest = LogDigest.of(pass.verification().position(), pass.heads());
        System.out.printf("verified with heads and digest %s in %d ms%n", digest,
                          (System.nanoTime() - start) / 1_000_000);
        assertThat(pass.heads()).hasSize(EVENTS / 10);
    }
}
