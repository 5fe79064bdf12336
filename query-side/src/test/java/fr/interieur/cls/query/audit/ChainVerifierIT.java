package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier on a whole log of its own (two hundred contracts, two thousand events), read in parallel ranges,
 * through PostgreSQL's binary COPY and through plain JDBC: an untouched log verifies; tampering in two chains is
 * found, and the broken event named is the one of lowest position, whichever chain it is in; a careful forger who
 * recomputes every hash passes the chains but not a digest kept from before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainVerifierIT {

    private static final int CONTRACTS = 200;

    private IsolatedEventStore store;
    private Tampering tampering;

    @BeforeAll
    void fill() {
        store = IsolatedEventStore.create();
        store.appendContracts("CLS-69-V", CONTRACTS);
        tampering = new Tampering(store.jdbc());
    }

    @AfterAll
    void drop() {
        store.drop();
    }

    private static String contract(int n) {
        return "CLS-69-V-" + n;
    }

    @Test
    void anUntouchedLogVerifiesWhicheverWayItIsRead() throws SQLException {
        for (ChainVerifier verifier : new ChainVerifier[]{store.verifier(1), store.verifier(4),
                store.verifier(4).withoutCopy(), store.verifier(1).withoutCopy()}) {
            Verification verification = verifier.all();

            assertThat(verification.verified()).as(verification.toString()).isTrue();
            assertThat(verification.events()).isEqualTo(CONTRACTS * 10L);
            assertThat(verification.chains()).isEqualTo(CONTRACTS);
            assertThat(verification.firstBrokenAt()).isNull();
            assertThat(verification.reason()).isNull();
            assertThat(verification.position()).isEqualTo(verifier.head());
        }
        assertThat(store.verifier(2).aggregate(contract(7)).events()).isEqualTo(10);
    }

    @Test
    void theHeadsOfAnUntouchedLogAreTheStoredHashesOfItsLastEvents() throws SQLException {
        ChainVerifier verifier = store.verifier(4);
        ChainVerifier.Pass pass = verifier.pass(null, verifier.head(), true);

        assertThat(pass.heads()).hasSize(CONTRACTS);
        for (LogDigest.Head head : pass.heads()) {
            assertThat(head.sequence()).isEqualTo(9);
            assertThat(head.hash()).isEqualTo(storedHash(head.aggregateId(), 9));
        }
        String digest = LogDigest.of(pass.verification().position(), pass.heads());
        ChainVerifier.Pass sequential = store.verifier(1).withoutCopy().pass(null, verifier.head(), true);
        assertThat(LogDigest.of(sequential.verification().position(), sequential.heads())).isEqualTo(digest);
    }

    @Test
    void namesTheBrokenEventOfLowestPositionWhicheverChainItIsIn() throws SQLException {
        // "CLS-69-V-3" comes after "CLS-69-V-150" in id order but was written first: its position is the lower
        String early = contract(3);
        String late = contract(150);
        String earlyPayload = tampering.payload(early, 7);
        String lateMetadata = tampering.metadata(late, 2);
        try {
            tampering.editPayload(early, 7, signed -> signed.put("signedOn", "1999-01-16"));
            tampering.editMetadata(late, 2, metadata -> metadata.put("actor", "someone-else"));

            for (ChainVerifier verifier : new ChainVerifier[]{store.verifier(1), store.verifier(4),
                    store.verifier(4).withoutCopy()}) {
                Verification verification = verifier.all();
                assertThat(verification.verified()).isFalse();
                assertThat(verification.brokenEvents()).isEqualTo(2);
                assertThat(verification.firstBrokenAt()).isEqualTo(
                        new BrokenLink(early, 7, tampering.position(early, 7)));
                assertThat(verification.reason()).contains("hash does not match");
            }
            assertThat(store.verifier(1).aggregate(late).firstBrokenAt())
                    .isEqualTo(new BrokenLink(late, 2, tampering.position(late, 2)));
        } finally {
            tampering.setPayload(early, 7, earlyPayload);
            tampering.setMetadata(late, 2, lateMetadata);
        }
        assertThat(store.verifier(4).all().verified()).isTrue();
    }

    @Test
    void findsRemovedAndReorderedEventsWhateverOrderTheRowsComeIn() throws SQLException {
        String gap = contract(20);
        String swapped = contract(21);
        String first = contract(22);
        Map<String, Object> removed = tampering.delete(gap, 5);
        Map<String, Object> removedFirst = tampering.delete(first, 0);
        long third = tampering.position(swapped, 3);
        try {
            tampering.swap(swapped, 3, 4);

            for (ChainVerifier verifier : new ChainVerifier[]{store.verifier(1), store.verifier(4).withoutCopy()}) {
                assertThat(verifier.aggregate(gap).firstBrokenAt())
                        .isEqualTo(new BrokenLink(gap, 6, tampering.position(gap, 6)));
                assertThat(verifier.aggregate(gap).reason()).startsWith("sequence 5 is missing");
                // the event first written (position of sequence 3) now claims sequence 4
                assertThat(verifier.aggregate(swapped).firstBrokenAt()).isEqualTo(new BrokenLink(swapped, 4, third));
                assertThat(verifier.aggregate(first).firstBrokenAt())
                        .isEqualTo(new BrokenLink(first, 1, tampering.position(first, 1)));
                assertThat(verifier.aggregate(first).reason()).contains("sequence 0 is missing");
                Verification all = verifier.all();
                assertThat(all.verified()).isFalse();
                assertThat(all.events()).isEqualTo(CONTRACTS * 10L - 2);
                assertThat(all.firstBrokenAt().aggregateId()).isEqualTo(gap);
            }
        } finally {
            tampering.swap(swapped, 4, 3);
            tampering.insert(removed);
            tampering.insert(removedFirst);
        }
        assertThat(store.verifier(4).all().verified()).isTrue();
    }

    @Test
    void aForgerWhoRecomputesEveryHashPassesTheChainsButNotAKeptDigest() throws SQLException {
        ChainVerifier verifier = store.verifier(4);
        long position = verifier.head();
        String kept = LogDigest.of(position, verifier.pass(null, position, true).heads());
        String forged = contract(99);
        String payload = tampering.payload(forged, 6);
        try {
            tampering.editPayload(forged, 6, action -> action.set("title", TextNode.valueOf("Action inventée")));
            tampering.rehash(forged);

            assertThat(verifier.all().verified()).as("every stored link holds again").isTrue();
            ChainVerifier.Pass now = verifier.pass(null, position, true);
            assertThat(LogDigest.of(position, now.heads())).isNotEqualTo(kept);
        } finally {
            tampering.setPayload(forged, 6, payload);
            tampering.rehash(forged);
        }
        assertThat(LogDigest.of(position, verifier.pass(null, position, true).heads())).isEqualTo(kept);
    }

    @Test
    void aDigestAtAPositionIgnoresWhatCameLater() throws SQLException {
        ChainVerifier verifier = store.verifier(2);
        long position = tampering.position(contract(100), 9);
        String before = LogDigest.of(position, verifier.pass(null, position, true).heads());
        String last = contract(CONTRACTS - 1);
        String payload = tampering.payload(last, 9);
        try {
            // written after the position: the digest at the position does not see it
            tampering.editPayload(last, 9, progress -> progress.put("note", "changed later"));
            ChainVerifier.Pass pass = verifier.pass(null, position, true);

            assertThat(LogDigest.of(position, pass.heads())).isEqualTo(before);
            assertThat(pass.verification().verified()).isTrue();
            assertThat(pass.verification().events()).isLessThan(CONTRACTS * 10L);
        } finally {
            tampering.setPayload(last, 9, payload);
        }
    }

    private String storedHash(String aggregateId, long sequence) {
        return EventView.of(new StoredEvent(0, aggregateId, sequence, null, null, null, null, null, "{}",
                                            tampering.metadata(aggregateId, sequence))).hash();
    }
}
