package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interieur.cls.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditors' command line, run as {@code QuerySideApplication.main} runs it after {@code verify}, on a store of
 * its own reached by URL, user and password, as a restored dump would be.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IsolatedEventStore store;
    private Tampering tampering;

    @BeforeAll
    void fill() {
        store = IsolatedEventStore.create();
        store.appendContracts("CLS-69-CLI", 40);
        tampering = new Tampering(store.jdbc());
    }

    @AfterAll
    void drop() {
        store.drop();
    }

    private record Run(int status, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + out + "\n" + err, e);
            }
        }
    }

    private Run verify(String... options) {
        TestDatabase database = TestDatabase.get();
        List<String> args = new ArrayList<>(List.of("--url=" + store.url(), "--user=" + database.user()));
        if (!database.password().isEmpty()) {
            args.add("--password=" + database.password());
        }
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                                       new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUntouchedLogVerifiesWithStatusZero() {
        Run run = verify();

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode result = run.json();
        assertThat(result.path("verified").asBoolean()).isTrue();
        assertThat(result.path("events").asLong()).isEqualTo(400);
        assertThat(result.path("chains").asLong()).isEqualTo(40);
        assertThat(result.has("firstBrokenAt")).isTrue();
        assertThat(result.path("firstBrokenAt").isNull()).isTrue();
        assertThat(run.err()).contains("400 events in 40 chains read up to position");
    }

    @Test
    void aTamperedLogGivesStatusOneAndTheFirstBrokenLink() {
        String contract = "CLS-69-CLI-12";
        String metadata = tampering.metadata(contract, 4);
        try {
            tampering.editMetadata(contract, 4, changed -> changed.put("reason", "raison réécrite"));

            Run run = verify();
            assertThat(run.status()).isEqualTo(1);
            JsonNode broken = run.json().path("firstBrokenAt");
            assertThat(broken.path("aggregateId").asText()).isEqualTo(contract);
            assertThat(broken.path("sequence").asLong()).isEqualTo(4);
            assertThat(broken.path("position").asLong()).isEqualTo(tampering.position(contract, 4));

            Run other = verify("--contract=CLS-69-CLI-13");
            assertThat(other.status()).isZero();
            assertThat(other.json().path("events").asLong()).isEqualTo(10);
            assertThat(verify("--contract=" + contract).status()).isEqualTo(1);
        } finally {
            tampering.setMetadata(contract, 4, metadata);
        }
    }

    @Test
    void checksAKeptDigest() {
        long position = tampering.position("CLS-69-CLI-30", 9);
        Run taken = verify("--position=" + position);
        assertThat(taken.status()).as(taken.err()).isZero();
        String digest = taken.json().path("digest").asText();
        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(taken.json().path("digestEncoding").asText()).isEqualTo("CLS-LOG-DIGEST-1");
        assertThat(taken.json().path("events").asLong()).isEqualTo(310);

        Run kept = verify("--digest=" + digest.toUpperCase(), "--position=" + position);
        assertThat(kept.status()).isZero();
        assertThat(kept.json().path("digestMatches").asBoolean()).isTrue();

        String contract = "CLS-69-CLI-2";
        String payload = tampering.payload(contract, 0);
        try {
            tampering.editPayload(contract, 0, drafted -> drafted.put("populationCovered", 1));
            tampering.rehash(contract);
            Run forged = verify("--digest=" + digest, "--position=" + position);
            assertThat(forged.status()).isEqualTo(1);
            assertThat(forged.json().path("verified").asBoolean()).as("the forger recomputed every hash").isTrue();
            assertThat(forged.json().path("digestMatches").asBoolean()).isFalse();
        } finally {
            tampering.setPayload(contract, 0, payload);
            tampering.rehash(contract);
        }
    }

    @Test
    void usageAndConnectionErrorsGiveStatusTwo() {
        assertThat(run().status()).isEqualTo(2);
        assertThat(run("--url=" + store.url(), "--bogus=1").status()).isEqualTo(2);
        assertThat(run("--url=" + store.url(), "positional").status()).isEqualTo(2);
        assertThat(verify("--digest=abc", "--position=3").status()).isEqualTo(2);
        assertThat(verify("--digest=" + "a".repeat(64)).status()).as("a digest needs its position").isEqualTo(2);
        assertThat(verify("--position=-1").status()).isEqualTo(2);
        assertThat(verify("--contract=CLS-69-NOWHERE").status()).isEqualTo(2);
        Run unreachable = run("--url=jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "--user=x");
        assertThat(unreachable.status()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot read the event store");
        assertThat(run("--help").status()).isZero();
        assertThat(run("--help").out()).contains("usage: java -jar query-side.jar verify");
    }
}
