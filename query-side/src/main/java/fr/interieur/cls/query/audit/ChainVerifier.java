package fr.interieur.cls.query.audit;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks the hash chains of the event store from what it holds, with plain JDBC (the command line has no Spring).
 * For each aggregate, in sequence order: sequences run from 0 without a gap; each event's {@code previousHash} is the
 * {@code hash} of the event before it (64 zeros for the first); each event's {@code hash} is the
 * {@link EventHasher hash} of the event as stored. An altered payload or metadata breaks the event's own hash; a
 * removed event leaves a gap and a link to nothing; two swapped sequences break both events' hashes and links. The
 * broken event reported is the one of lowest global position.
 * <p>
 * A pass reads the log up to a position (the head when it starts: positions are handed out in commit order, so
 * every event up to the head is there already, and readers started later see exactly the same ones). Rows are read
 * in whatever order the database finds cheapest (no sort: the table is scanned once) and each chain is checked in
 * sequence order, events that come early waiting for their turn (only a tampered chain has any). The whole log is
 * cut into ranges of aggregates read in parallel, each by its own connection and thread, so that the database and the
 * hashing share the processors; on PostgreSQL each range is streamed with a binary COPY, which keeps the server
 * producing while the rows are hashed. The same pass recomputes each chain from its contents alone, for the
 * {@link LogDigest digest} of the chains' heads.
 */
final class ChainVerifier {

    /** Opens a connection to the event store's database; each parallel reader opens its own. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** What a pass found, and the heads of the chains when asked for. */
    record Pass(Verification verification, List<LogDigest.Head> heads) {
    }

    private static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, payload_type, "
                                          + "payload_revision, time_stamp, payload, meta_data";
    /** Fewer chains than this per range are not worth the cut. */
    private static final int MIN_CHAINS_PER_RANGE = 32;
    /**
     * Ranges per thread: more, smaller ranges even out aggregates of very different lengths, but each range is one
     * more scan of the table by the database.
     */
    private static final int RANGES_PER_THREAD = 2;

    private final Connections connections;
    private final int threads;
    private final int fetchSize;
    private final boolean copy;
    /** Whether the database streams binary COPY in UTF-8: asked once. */
    private volatile Boolean copyWorks;

    ChainVerifier(Connections connections, int threads, int fetchSize) {
        this(connections, threads, fetchSize, true);
    }

    private ChainVerifier(Connections connections, int threads, int fetchSize, boolean copy) {
        this.connections = connections;
        this.threads = Math.max(1, threads);
        this.fetchSize = Math.max(1, fetchSize);
        this.copy = copy;
    }

    /** The same verifier reading through plain JDBC only, as it does on databases other than PostgreSQL. */
    ChainVerifier withoutCopy() {
        return new ChainVerifier(connections, threads, fetchSize, false);
    }

    /** The highest global position in the store, 0 when empty. */
    long head() throws SQLException {
        try (Connection connection = connections.open();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** One aggregate's chain, up to the store's head. */
    Verification aggregate(String aggregateId) throws SQLException {
        return pass(aggregateId, head(), false).verification();
    }

    /** Every chain, up to the store's head. */
    Verification all() throws SQLException {
        return pass(null, head(), false).verification();
    }

    /**
     * Verifies the events up to a position, of one aggregate or of all ({@code aggregateId} null), and recomputes
     * the heads of their chains when {@code heads} is asked for.
     */
    Pass pass(String aggregateId, long upTo, boolean heads) throws SQLException {
        List<Scan> scans = new ArrayList<>();
        if (aggregateId != null) {
            Scan scan = new Scan(heads);
            try (Connection connection = connections.open()) {
                readAggregate(connection, aggregateId, upTo, scan);
            }
            scan.finish();
            scans.add(scan);
        } else {
            List<Range> ranges = ranges(upTo);
            if (ranges.size() == 1) {
                Scan scan = new Scan(heads);
                try (Connection connection = connections.open()) {
                    read(connection, ranges.get(0), upTo, scan);
                }
                scan.finish();
                scans.add(scan);
            } else {
                scans.addAll(parallel(ranges, upTo, heads));
            }
        }
        return merge(scans, upTo);
    }

    private List<Scan> parallel(List<Range> ranges, long upTo, boolean heads) throws SQLException {
        ConcurrentLinkedQueue<Range> queue = new ConcurrentLinkedQueue<>(ranges);
        int workers = Math.min(threads, ranges.size());
        List<Future<Scan>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "chain-verifier");
            thread.setDaemon(true);
            return thread;
        })) {
            for (int i = 0; i < workers; i++) {
                futures.add(executor.submit(() -> {
                    Scan scan = new Scan(heads);
                    try (Connection connection = connections.open()) {
                        Range range;
                        while ((range = queue.poll()) != null) {
                            read(connection, range, upTo, scan);
                        }
                    }
                    scan.finish();
                    return scan;
                }));
            }
            List<Scan> scans = new ArrayList<>();
            for (Future<Scan> future : futures) {
                scans.add(future.get());
            }
            return scans;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("verifying the chains failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying the chains", e);
        }
    }

    /**
     * Cuts the aggregates into ranges of about as many chains each, from the aggregates whose chain starts at or
     * below the position. An aggregate that lost its first event still falls into a range: ranges cover every id.
     * Bounds are compared by the database, in its own collation, the same way as they were sorted.
     */
    private List<Range> ranges(long upTo) throws SQLException {
        Range everything = new Range(null, null);
        if (threads == 1) {
            return List.of(everything);
        }
        List<String> starts = new ArrayList<>();
        try (Connection connection = connections.open();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT aggregate_identifier FROM domain_event_entry WHERE sequence_number = 0 "
                     + "AND global_index <= ? ORDER BY aggregate_identifier")) {
            statement.setLong(1, upTo);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    starts.add(rows.getString(1));
                }
            }
        }
        int pieces = Math.min(threads * RANGES_PER_THREAD, starts.size() / MIN_CHAINS_PER_RANGE);
        if (pieces < 2) {
            return List.of(everything);
        }
        List<Range> ranges = new ArrayList<>();
        String from = null;
        for (int i = 1; i < pieces; i++) {
            String to = starts.get((int) ((long) i * starts.size() / pieces));
            if (!to.equals(from)) {
                ranges.add(new Range(from, to));
                from = to;
            }
        }
        ranges.add(new Range(from, null));
        return ranges;
    }

    private void readAggregate(Connection connection, String aggregateId, long upTo, Scan scan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? AND global_index <= ? "
                + "ORDER BY sequence_number")) {
            statement.setString(1, aggregateId);
            statement.setLong(2, upTo);
            try (ResultSet rows = statement.executeQuery()) {
                scan.read(new JdbcRows(rows));
            }
        }
    }

    private void read(Connection connection, Range range, long upTo, Scan scan) throws SQLException {
        if (copy && binaryCopyWorks(connection)) {
            copy(connection, range, upTo, scan);
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index <= ?");
        if (range.from() != null) {
            sql.append(" AND aggregate_identifier >= ?");
        }
        if (range.to() != null) {
            sql.append(" AND aggregate_identifier < ?");
        }
        boolean autoCommit = connection.getAutoCommit();
        // a cursor (PostgreSQL streams rows only outside autocommit): memory stays flat whatever the log's size
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                                                                       ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize);
            int p = 1;
            statement.setLong(p++, upTo);
            if (range.from() != null) {
                statement.setString(p++, range.from());
            }
            if (range.to() != null) {
                statement.setString(p, range.to());
            }
            try (ResultSet rows = statement.executeQuery()) {
                scan.read(new JdbcRows(rows));
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private boolean binaryCopyWorks(Connection connection) throws SQLException {
        Boolean works = copyWorks;
        if (works == null) {
            works = binaryCopy(connection);
            copyWorks = works;
        }
        return works;
    }

    /** PostgreSQL holding UTF-8: its binary COPY gives the columns' UTF-8 bytes as they are. */
    private static boolean binaryCopy(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(PGConnection.class)) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW server_encoding")) {
            return row.next() && "UTF8".equalsIgnoreCase(row.getString(1));
        }
    }

    private static void copy(Connection connection, Range range, long upTo, Scan scan) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        // COPY takes no parameters: the bounds are literals, quoted by the driver
        StringBuilder sql = new StringBuilder("COPY (SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index <= ")
                .append(upTo);
        if (range.from() != null) {
            sql.append(" AND aggregate_identifier >= ").append(literal(postgres, range.from()));
        }
        if (range.to() != null) {
            sql.append(" AND aggregate_identifier < ").append(literal(postgres, range.to()));
        }
        sql.append(") TO STDOUT (FORMAT binary)");
        try (PGCopyInputStream in = new PGCopyInputStream(postgres, sql.toString())) {
            scan.read(new CopyRows(in));
        } catch (IOException e) {
            throw new SQLException("reading the event store failed: " + e.getMessage(), e);
        }
    }

    private static String literal(PGConnection connection, String value) throws SQLException {
        return "'" + connection.escapeLiteral(value) + "'";
    }

    private static Pass merge(List<Scan> scans, long upTo) {
        long events = 0;
        long chains = 0;
        long broken = 0;
        Scan first = null;
        List<LogDigest.Head> heads = new ArrayList<>();
        for (Scan scan : scans) {
            events += scan.events;
            chains += scan.chains.size();
            broken += scan.broken;
            heads.addAll(scan.heads);
            if (scan.firstBroken != null
                && (first == null || scan.firstBroken.position() < first.firstBroken.position())) {
                first = scan;
            }
        }
        Verification verification = new Verification(broken == 0, events, chains, upTo,
                                                      first == null ? null : first.firstBroken,
                                                      first == null ? null : first.reason, broken);
        return new Pass(verification, heads);
    }

    /** The aggregates from {@code from} (inclusive) to {@code to} (exclusive); null is open. */
    private record Range(String from, String to) {
    }

    /** Rows one after the other into the same reused {@link StoredRow}. */
    private interface Rows {
        boolean next(StoredRow row) throws SQLException, IOException;
    }

    /** Rows of a JDBC result: text columns through getString, which every driver gives as the text it holds. */
    private record JdbcRows(ResultSet rows) implements Rows {

        @Override
        public boolean next(StoredRow row) throws SQLException {
            if (!rows.next()) {
                return false;
            }
            row.position = rows.getLong(1);
            row.aggregate.set(utf8(rows.getString(2)));
            row.sequence = rows.getLong(3);
            row.type.set(utf8(rows.getString(4)));
            row.revision.set(utf8(rows.getString(5)));
            row.timestamp.set(utf8(rows.getString(6)));
            row.payload.set(utf8(rows.getString(7)));
            row.metadata.set(utf8(rows.getString(8)));
            return true;
        }

        private static byte[] utf8(String text) {
            return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Rows of a binary COPY: a signature, flags and a header extension; then per row a field count and, per field,
     * a length (-1 for NULL) and the bytes (bigint as 8 bytes, text as UTF-8, jsonb as a version byte and its
     * text); then a field count of -1. Each row is made whole in the buffer before its fields are sliced from it.
     */
    private static final class CopyRows implements Rows {

        private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
        private static final int FIELDS = 8;

        private final InputStream in;
        private byte[] buffer = new byte[1 << 16];
        private int pos;
        private int limit;
        private boolean started;

        CopyRows(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean next(StoredRow row) throws IOException {
            if (!started) {
                header();
                started = true;
            }
            int size = wholeRow();
            if (size < 0) {
                return false;
            }
            int p = pos + 2;
            row.position = readLong(p + 4);
            p += 12;
            p = slice(p, row.aggregate);
            row.sequence = readLong(p + 4);
            p += 12;
            p = slice(p, row.type);
            p = slice(p, row.revision);
            p = slice(p, row.timestamp);
            p = slice(p, row.payload);
            slice(p, row.metadata);
            pos += size;
            return true;
        }

        private void header() throws IOException {
            fill(SIGNATURE.length + 8);
            if (!Arrays.equals(buffer, pos, pos + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                throw new IOException("not a binary COPY stream");
            }
            int extension = readInt(pos + SIGNATURE.length + 4);
            pos += SIGNATURE.length + 8;
            fill(extension);
            pos += extension;
        }

        /** Makes the next row whole in the buffer; its size, or -1 at the end of the stream. */
        private int wholeRow() throws IOException {
            fill(2);
            int count = readShort(pos);
            if (count == -1) {
                return -1;
            }
            if (count != FIELDS) {
                throw new IOException("expected " + FIELDS + " columns, got " + count);
            }
            int size = 2;
            for (int field = 0; field < FIELDS; field++) {
                fill(size + 4);
                int length = readInt(pos + size);
                size += 4 + Math.max(length, 0);
                fill(size);
            }
            return size;
        }

        private int slice(int p, StoredRow.Slice slice) {
            int length = readInt(p);
            slice.set(buffer, p + 4, length);
            return p + 4 + Math.max(length, 0);
        }

        /** Makes {@code bytes} bytes from {@code pos} available, moving them to the front or growing the buffer. */
        private void fill(int bytes) throws IOException {
            if (limit - pos >= bytes) {
                return;
            }
            if (pos + bytes > buffer.length) {
                byte[] target = bytes > buffer.length ? new byte[Math.max(bytes, buffer.length * 2)] : buffer;
                System.arraycopy(buffer, pos, target, 0, limit - pos);
                buffer = target;
                limit -= pos;
                pos = 0;
            }
            while (limit - pos < bytes) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    throw new IOException("the COPY stream ended inside a row");
                }
                limit += read;
            }
        }

        private int readShort(int p) {
            return (short) ((buffer[p] & 0xFF) << 8 | buffer[p + 1] & 0xFF);
        }

        private int readInt(int p) {
            return (buffer[p] & 0xFF) << 24 | (buffer[p + 1] & 0xFF) << 16 | (buffer[p + 2] & 0xFF) << 8
                   | buffer[p + 3] & 0xFF;
        }

        private long readLong(int p) {
            return (long) readInt(p) << 32 | readInt(p + 4) & 0xFFFFFFFFL;
        }
    }

    /** An aggregate's id bytes as a map key; one mutable instance probes the map without allocating. */
    private static final class AggregateKey {

        private byte[] data;
        private int offset;
        private int length;
        private int hash;

        AggregateKey of(StoredRow.Slice slice) {
            data = slice.data;
            offset = slice.offset;
            length = slice.length;
            int h = 1;
            for (int i = offset, stop = offset + length; i < stop; i++) {
                h = 31 * h + data[i];
            }
            hash = h;
            return this;
        }

        AggregateKey copy() {
            AggregateKey key = new AggregateKey();
            key.data = Arrays.copyOfRange(data, offset, offset + length);
            key.offset = 0;
            key.length = length;
            key.hash = hash;
            return key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AggregateKey key && key.length == length
                   && Arrays.equals(data, offset, offset + length, key.data, key.offset, key.offset + key.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** One aggregate's chain as checked so far, and its events that came before their turn. */
    private static final class Chain {

        final String aggregateId;
        boolean started;
        long lastSequence;
        final byte[] lastStoredHash = new byte[EventHasher.HEX_LENGTH];
        boolean lastStoredValid;
        byte[] recomputed = EventHasher.GENESIS.clone();
        TreeMap<Long, Early> early;

        Chain(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        long nextSequence() {
            return started ? lastSequence + 1 : 0;
        }
    }

    /** An event read before the one that precedes it in its chain: what checking it later takes. */
    private record Early(long position, long sequence, byte[] tail, byte[] storedPreviousHash, byte[] storedHash) {
    }

    /** The reading of ranges by one thread. */
    private static final class Scan {

        private final EventHasher hasher = new EventHasher();
        private final boolean collectHeads;
        private final StoredRow row = new StoredRow();
        private final AggregateKey probe = new AggregateKey();
        private final Map<AggregateKey, Chain> chains = new HashMap<>();
        private final List<LogDigest.Head> heads = new ArrayList<>();
        private final byte[] computed = new byte[EventHasher.HEX_LENGTH];
        private byte[] next = new byte[EventHasher.HEX_LENGTH];
        private long events;
        private long broken;
        private BrokenLink firstBroken;
        private String reason;

        Scan(boolean collectHeads) {
            this.collectHeads = collectHeads;
        }

        void read(Rows rows) throws SQLException {
            try {
                while (rows.next(row)) {
                    row();
                }
            } catch (IOException e) {
                throw new SQLException("reading the event store failed: " + e.getMessage(), e);
            }
        }

        /** Checks what waited for an event that never came, and collects the heads. */
        void finish() {
            for (Chain chain : chains.values()) {
                if (chain.early != null) {
                    while (!chain.early.isEmpty()) {
                        check(chain, chain.early.pollFirstEntry().getValue());
                    }
                }
                if (collectHeads) {
                    heads.add(new LogDigest.Head(chain.aggregateId, chain.lastSequence,
                                                 new String(chain.recomputed, StandardCharsets.US_ASCII)));
                }
            }
        }

        private void row() {
            events++;
            Chain chain = chains.get(probe.of(row.aggregate));
            if (chain == null) {
                chain = new Chain(row.aggregate.toString());
                chains.put(probe.copy(), chain);
            }
            boolean readable = prepare();
            if (row.sequence == chain.nextSequence() && (chain.early == null || chain.early.isEmpty())) {
                if (readable) {
                    check(chain, row.position, row.sequence, null, hasher.hasStoredPreviousHash()
                            ? hasher.storedPreviousHash() : null, hasher.hasStoredHash() ? hasher.storedHash() : null);
                } else {
                    unreadable(chain, row.position, row.sequence);
                }
                drain(chain);
            } else if (chain.started && row.sequence <= chain.lastSequence) {
                broken(chain, row.position, row.sequence, "sequence " + row.sequence + " appears twice");
            } else {
                if (chain.early == null) {
                    chain.early = new TreeMap<>();
                }
                chain.early.put(row.sequence, readable
                        ? new Early(row.position, row.sequence, hasher.tail(),
                                    hasher.hasStoredPreviousHash() ? hasher.storedPreviousHash().clone() : null,
                                    hasher.hasStoredHash() ? hasher.storedHash().clone() : null)
                        : new Early(row.position, row.sequence, null, null, null));
                drain(chain);
            }
        }

        private boolean prepare() {
            try {
                hasher.prepare(row);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /** Checks the events that were waiting for the ones just checked. */
        private void drain(Chain chain) {
            while (chain.early != null && !chain.early.isEmpty()
                   && chain.early.firstKey() == chain.nextSequence()) {
                check(chain, chain.early.pollFirstEntry().getValue());
            }
        }

        private void check(Chain chain, Early event) {
            if (event.tail() == null) {
                unreadable(chain, event.position(), event.sequence());
            } else {
                check(chain, event.position(), event.sequence(), event.tail(), event.storedPreviousHash(),
                      event.storedHash());
            }
        }

        /**
         * Checks the next event of a chain: the one the hasher holds ({@code tail} null) or one that waited. Gaps
         * are reported on the event after them.
         */
        private void check(Chain chain, long position, long sequence, byte[] tail, byte[] storedPrevious,
                           byte[] storedHash) {
            String problem = sequenceProblem(chain, sequence);
            byte[] expected = !chain.started ? EventHasher.GENESIS : chain.lastStoredValid ? chain.lastStoredHash : null;
            if (storedPrevious == null) {
                problem = and(problem, "its metadata has no previousHash");
            } else if (expected == null || !Arrays.equals(storedPrevious, expected)) {
                problem = and(problem, !chain.started ? "its previousHash is not the genesis hash (64 zeros)"
                                                      : "its previousHash is not the hash of sequence "
                                                        + chain.lastSequence);
            }
            if (storedPrevious != null) {
                hash(storedPrevious, tail, computed);
                if (storedHash == null) {
                    problem = and(problem, "its metadata has no hash");
                } else if (!Arrays.equals(computed, storedHash)) {
                    problem = and(problem, "its hash does not match the event as stored (payload, metadata, type, "
                                           + "revision, time, aggregate or sequence changed)");
                }
            }
            if (collectHeads) {
                // the chain as recomputed from contents alone: the stored links play no part
                if (storedPrevious != null && Arrays.equals(storedPrevious, chain.recomputed)) {
                    System.arraycopy(computed, 0, next, 0, computed.length);
                } else {
                    hash(chain.recomputed, tail, next);
                }
                byte[] swap = chain.recomputed;
                chain.recomputed = next;
                next = swap;
            }
            chain.lastStoredValid = storedHash != null;
            if (storedHash != null) {
                System.arraycopy(storedHash, 0, chain.lastStoredHash, 0, storedHash.length);
            }
            advance(chain, sequence);
            if (problem != null) {
                broken(chain, position, sequence, problem);
            }
        }

        private void hash(byte[] previous, byte[] tail, byte[] into) {
            if (tail == null) {
                hasher.hash(previous, into);
            } else {
                hasher.hash(previous, tail, tail.length, into);
            }
        }

        /** An event whose payload or metadata is not JSON: it cannot be hashed, nor can the next one link to it. */
        private void unreadable(Chain chain, long position, long sequence) {
            String problem = and(sequenceProblem(chain, sequence), "its payload or metadata is not JSON");
            chain.lastStoredValid = false;
            advance(chain, sequence);
            broken(chain, position, sequence, problem);
        }

        private static String sequenceProblem(Chain chain, long sequence) {
            long expected = chain.nextSequence();
            if (sequence == expected) {
                return null;
            }
            if (!chain.started) {
                return "the chain starts at sequence " + sequence + ": sequence 0 is missing";
            }
            return sequence == expected + 1 ? "sequence " + expected + " is missing"
                                            : "sequences " + expected + " to " + (sequence - 1) + " are missing";
        }

        private static void advance(Chain chain, long sequence) {
            chain.started = true;
            chain.lastSequence = sequence;
        }

        private static String and(String problem, String more) {
            return problem == null ? more : problem + "; " + more;
        }

        private void broken(Chain chain, long position, long sequence, String problem) {
            broken++;
            if (firstBroken == null || position < firstBroken.position()) {
                firstBroken = new BrokenLink(chain.aggregateId, sequence, position);
                reason = problem;
            }
        }
    }
}
