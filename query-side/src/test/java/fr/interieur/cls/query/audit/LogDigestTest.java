package fr.interieur.cls.query.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogDigestTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    /**
     * Pinned once, with sha256sum over the documented form
     * {@code ["CLS-LOG-DIGEST-1",42,[["CLS-69-A",0,"aa…"],["CLS-69-B",3,"bb…"],["CSP-69-LYON",9,"aa…"]]]}: digests
     * kept by auditors depend on it.
     */
    @Test
    void goldenDigest() {
        List<LogDigest.Head> heads = List.of(new LogDigest.Head("CSP-69-LYON", 9, A), new LogDigest.Head("CLS-69-B", 3, B),
                                             new LogDigest.Head("CLS-69-A", 0, A));

        assertThat(LogDigest.of(42, heads)).isEqualTo("06b5e3945f948ab0bcfa3e140344a9c21e6a67c7ef68cadbfcf0f30f96f50347");
    }

    @Test
    void anEmptyLogHasADigestToo() {
        assertThat(LogDigest.of(0, List.of())).isEqualTo("5bb65275b0b7261350b322c165f807bae127c69cddce83f71e7b2be7a7c537e8");
    }

    @Test
    void everyPartCounts() {
        List<LogDigest.Head> heads = List.of(new LogDigest.Head("CLS-69-A", 0, A), new LogDigest.Head("CLS-69-B", 3, B));
        String digest = LogDigest.of(42, heads);

        assertThat(LogDigest.of(43, heads)).isNotEqualTo(digest);
        assertThat(LogDigest.of(42, List.of(heads.get(0)))).isNotEqualTo(digest);
        assertThat(LogDigest.of(42, List.of(heads.get(0), new LogDigest.Head("CLS-69-B", 4, B)))).isNotEqualTo(digest);
        assertThat(LogDigest.of(42, List.of(heads.get(0), new LogDigest.Head("CLS-69-B", 3, A)))).isNotEqualTo(digest);
        assertThat(LogDigest.of(42, List.of(heads.get(1), heads.get(0)))).as("order of reading").isEqualTo(digest);
    }
}
