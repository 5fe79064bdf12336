package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interieur.cls.events.types.ContractId;
import fr.interieur.cls.query.QuerySideApplication;
import fr.interieur.cls.query.testing.EventStoreWriter;
import fr.interieur.cls.testsupport.Http;
import fr.interieur.cls.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with the shared event store in SQL, as someone with write access to the database could, and the
 * verification of the contract's chain over HTTP naming the first broken link each time. Every row touched is put
 * back (other test classes verify this store too), and verifications are of this test's contract only: other
 * classes' contracts are none of its business (one of them stores a forged event on purpose).
 */
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperingIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final ContractId LYON = ContractId.of("CLS-69-TA-" + SUFFIX);

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private Tampering tampering;
    private String id;

    @BeforeAll
    void history() {
        ContractLife.append(new EventStoreWriter(dataSource), ContractLife.of(LYON));
        tampering = new Tampering(new JdbcTemplate(dataSource));
        id = LYON.value();
    }

    private JsonNode verify() {
        Http.Response response = Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                                     .get("/api/v1/audit/verify?contractId=" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private void assertBrokenAt(JsonNode verification, long sequence, long position) {
        assertThat(verification.path("verified").asBoolean()).as(verification.toString()).isFalse();
        JsonNode broken = verification.path("firstBrokenAt");
        assertThat(broken.path("aggregateId").asText()).isEqualTo(id);
        assertThat(broken.path("sequence").asLong()).isEqualTo(sequence);
        assertThat(broken.path("position").asLong()).isEqualTo(position);
        assertThat(verification.path("reason").asText()).isNotBlank();
    }

    private void assertVerified() {
        JsonNode verification = verify();
        assertThat(verification.path("verified").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.path("events").asLong()).isEqualTo(25);
        assertThat(verification.path("chains").asLong()).isEqualTo(1);
        assertThat(verification.has("firstBrokenAt")).isTrue();
        assertThat(verification.path("firstBrokenAt").isNull()).isTrue();
        assertThat(verification.path("reason").isNull()).isTrue();
    }

    @Test
    void anUntouchedContractVerifies() {
        assertVerified();
    }

    @Test
    void aPayloadChangedInSqlBreaksThatEvent() {
        String payload = tampering.payload(id, 5);
        try {
            tampering.editPayload(id, 5, diagnostic -> diagnostic.put("adoptedOn", "1998-11-21"));

            JsonNode verification = verify();
            assertBrokenAt(verification, 5, tampering.position(id, 5));
            assertThat(verification.path("reason").asText()).contains("hash does not match");
            assertThat(verification.path("brokenEvents").asLong()).isEqualTo(1);
        } finally {
            tampering.setPayload(id, 5, payload);
        }
        assertVerified();
    }

    @Test
    void metadataChangedInSqlBreaksThatEvent() {
        String metadata = tampering.metadata(id, ContractLife.SIGNED);
        try {
            tampering.editMetadata(id, ContractLife.SIGNED, signed -> signed.put("reason", "Signature à la sauvette"));

            assertBrokenAt(verify(), ContractLife.SIGNED, tampering.position(id, ContractLife.SIGNED));
        } finally {
            tampering.setMetadata(id, ContractLife.SIGNED, metadata);
        }
        assertVerified();
    }

    @Test
    void aHashFieldChangedBreaksThatEventAndTheLinkAfterIt() {
        String metadata = tampering.metadata(id, 20);
        try {
            tampering.editMetadata(id, 20, meeting -> meeting.put("hash", "f".repeat(64)));

            JsonNode verification = verify();
            assertBrokenAt(verification, 20, tampering.position(id, 20));
            assertThat(verification.path("brokenEvents").asLong()).isEqualTo(2);
        } finally {
            tampering.setMetadata(id, 20, metadata);
        }
        assertVerified();
    }

    @Test
    void aMiddleEventDeletedLeavesAGapAtTheEventAfterIt() {
        Map<String, Object> removed = tampering.delete(id, 12);
        try {
            JsonNode verification = verify();

            assertBrokenAt(verification, 13, tampering.position(id, 13));
            assertThat(verification.path("reason").asText()).startsWith("sequence 12 is missing");
            assertThat(verification.path("events").asLong()).isEqualTo(24);
        } finally {
            tampering.insert(removed);
        }
        assertVerified();
    }

    @Test
    void twoSwappedSequencesBreakAtTheEarlierWrittenOfThem() {
        long third = tampering.position(id, 3);
        long fourth = tampering.position(id, 4);
        assertThat(third).isLessThan(fourth);
        try {
            tampering.swap(id, 3, 4);

            // the event written at the position of sequence 3 now claims to be sequence 4
            JsonNode verification = verify();
            assertBrokenAt(verification, 4, third);
            assertThat(verification.path("brokenEvents").asLong()).isEqualTo(3);
        } finally {
            tampering.swap(id, 4, 3);
        }
        assertVerified();
    }

    @Test
    void theWholeLogAnswersToo() {
        Http.Response response = Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                                     .get("/api/v1/audit/verify");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode verification = response.json();
        // whether it verifies depends on other test classes (one forges an event on purpose): not asserted here
        assertThat(verification.path("events").asLong()).isGreaterThanOrEqualTo(25);
        assertThat(verification.path("chains").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(verification.path("position").asLong()).isGreaterThanOrEqualTo(tampering.position(id, 24));
        assertThat(verification.has("firstBrokenAt")).isTrue();
        if (!verification.path("verified").asBoolean()) {
            assertThat(verification.path("firstBrokenAt").path("aggregateId").asText()).isNotEqualTo(id);
        }
        assertThat(Http.at("http://localhost:" + port).token(TestTokens.role("AUDITOR"))
                       .get("/api/v1/audit/verify?contractId=CLS-69-NOWHERE").status()).isEqualTo(404);
    }
}
