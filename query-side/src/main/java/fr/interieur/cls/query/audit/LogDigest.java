package fr.interieur.cls.query.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.interieur.cls.eventstore.integrity.CanonicalJson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * One hash over the heads of every chain of the log as of a global position: the lower-case hex SHA-256 of the
 * {@link CanonicalJson canonical JSON} of
 * <pre>
 * ["CLS-LOG-DIGEST-1", position, [[aggregateId, lastSequence, headHash], ...]]
 * </pre>
 * with one head per aggregate having events at or below {@code position}, sorted by aggregate id (UTF-16 code
 * units, as canonical JSON sorts keys). The head hash is the chain's hash recomputed from the events' contents
 * from the genesis hash on, which is the {@code hash} stored on its last event when nothing was altered. Rewriting
 * any event at or below the position, even with every later hash recomputed to match, changes a head and so the
 * digest: an auditor who kept the digest can prove the log as of that position later.
 */
final class LogDigest {

    static final String VERSION = "CLS-LOG-DIGEST-1";

    /** The head of one chain: its aggregate, the sequence of its last event, the hash of its last event. */
    record Head(String aggregateId, long sequence, String hash) {
    }

    private LogDigest() {
    }

    static String of(long position, List<Head> heads) {
        List<Head> sorted = new ArrayList<>(heads);
        sorted.sort(Comparator.comparing(Head::aggregateId));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode chains = nodes.arrayNode(sorted.size());
        for (Head head : sorted) {
            chains.add(nodes.arrayNode(3).add(head.aggregateId()).add(head.sequence()).add(head.hash()));
        }
        ArrayNode form = nodes.arrayNode(3).add(VERSION).add(position);
        form.add(chains);
        MessageDigest sha256 = sha256();
        // buffered: the canonical writer writes byte by byte, the digest is faster fed in blocks
        try (OutputStream out = new BufferedOutputStream(
                new DigestOutputStream(OutputStream.nullOutputStream(), sha256), 8192)) {
            CanonicalJson.write(form, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
