package fr.interieur.cls.query.audit;

import fr.interieur.cls.eventstore.integrity.CanonicalJson;
import fr.interieur.cls.eventstore.integrity.EventHash;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * {@link EventHash} computed straight from the UTF-8 bytes the event store gives back, for verifying millions of
 * events. The JSON is read byte by byte and written in {@link CanonicalJson canonical form} into one reused buffer:
 * no JSON tree, no parser objects, no strings, no decoding of text that holds no escape (UTF-8 in, UTF-8 out). The
 * bytes it hashes are the bytes {@code EventHash} hashes, for every spelling of the same JSON; EventHasherTest holds
 * it to that on documents of every shape, against EventHash itself.
 * <p>
 * One instance per thread. {@link #prepare} reads an event once; {@link #hash} then hashes it behind any previous
 * hash, so that a chain can be checked against its stored links and also recomputed from its contents alone.
 */
final class EventHasher {

    static final int HEX_LENGTH = 64;
    static final byte[] GENESIS = ascii(EventHash.GENESIS);

    private static final int MAX_DEPTH = 64;
    private static final byte[] PREFIX = ascii("[\"" + EventHash.VERSION + "\",\"");
    private static final byte[] HEX = ascii("0123456789abcdef");
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] EMPTY_OBJECT = ascii("{}");
    private static final byte[] HASH = ascii(EventHash.HASH);
    private static final byte[] PREVIOUS_HASH = ascii(EventHash.PREVIOUS_HASH);
    // eight bytes at a time where text is scanned for what ends or escapes it
    private static final VarHandle LITTLE_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class,
                                                                                        ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BIG_ENDIAN = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final MessageDigest sha256;
    private final byte[] digest = new byte[32];

    /** The canonical form after the previous hash: {@code "aggregateId",sequence,...,metadata]}. */
    private byte[] out = new byte[8192];
    private int length;

    // the JSON being read
    private byte[] in;
    private int pos;
    private int end;
    private int depth;

    // object members being sorted, as a stack shared by nested objects; keys as their UTF-8 bytes, unescaped
    private int members;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] keyOffsets = new int[64];
    private int[] keyLengths = new int[64];
    private boolean[] keysInInput = new boolean[64];
    private boolean[] wideKeys = new boolean[64];
    private long[] keyPrefixes = new long[64];
    private byte[] keyBytes = new byte[256];
    private int keyBytesLength;
    private byte[] scratch = new byte[1024];
    private int[] order = new int[64];
    private char[] chars = new char[256];
    /** Whether the string {@link #plainStringEnd} last scanned holds bytes beyond ASCII. */
    private boolean nonAscii;

    private final byte[] storedHash = new byte[HEX_LENGTH];
    private final byte[] storedPreviousHash = new byte[HEX_LENGTH];
    private boolean hasStoredHash;
    private boolean hasStoredPreviousHash;

    EventHasher() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Reads an event as stored and keeps its canonical form, and the {@code hash} and {@code previousHash} found at
     * the top of its metadata.
     *
     * @throws IOException when payload or metadata is not JSON
     */
    void prepare(StoredRow row) throws IOException {
        length = 0;
        members = 0;
        keyBytesLength = 0;
        hasStoredHash = false;
        hasStoredPreviousHash = false;
        writeText(row.aggregate);
        put((byte) ',');
        writeAscii(Long.toString(row.sequence));
        put((byte) ',');
        writeText(row.type);
        put((byte) ',');
        writeText(row.revision);
        put((byte) ',');
        writeText(row.timestamp);
        put((byte) ',');
        if (row.payload.isNull()) {
            write(NULL);
        } else {
            document(row.payload, false);
        }
        put((byte) ',');
        if (row.metadata.isNull()) {
            write(EMPTY_OBJECT);
        } else {
            document(row.metadata, true);
        }
        put((byte) ']');
    }

    /** {@link #prepare(StoredRow)} from whole arrays, for tests. */
    void prepare(byte[] aggregate, long sequence, byte[] type, byte[] revision, byte[] timestamp, byte[] payload,
                 byte[] metadata) throws IOException {
        StoredRow row = new StoredRow();
        row.sequence = sequence;
        row.aggregate.set(aggregate);
        row.type.set(type);
        row.revision.set(revision);
        row.timestamp.set(timestamp);
        row.payload.set(payload);
        row.metadata.set(metadata);
        prepare(row);
    }

    /** Whether the metadata held a {@code hash} of 64 characters; {@link #storedHash()} then holds it. */
    boolean hasStoredHash() {
        return hasStoredHash;
    }

    boolean hasStoredPreviousHash() {
        return hasStoredPreviousHash;
    }

    /** The stored hash, as ASCII; valid until the next {@link #prepare}. */
    byte[] storedHash() {
        return storedHash;
    }

    byte[] storedPreviousHash() {
        return storedPreviousHash;
    }

    /** The hash of the prepared event behind this previous hash (64 ASCII characters), as lower-case hex. */
    void hash(byte[] previousHash, byte[] into) {
        hash(previousHash, out, length, into);
    }

    /** A copy of the prepared event's canonical form after the previous hash, to hash later. */
    byte[] tail() {
        return Arrays.copyOf(out, length);
    }

    /** The hash of an event whose {@link #tail()} was kept, behind this previous hash. */
    void hash(byte[] previousHash, byte[] tail, int tailLength, byte[] into) {
        sha256.update(PREFIX);
        sha256.update(previousHash, 0, HEX_LENGTH);
        sha256.update((byte) '"');
        sha256.update((byte) ',');
        sha256.update(tail, 0, tailLength);
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < digest.length; i++) {
            into[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            into[2 * i + 1] = HEX[digest[i] & 0xF];
        }
    }

    /** The whole canonical form of the prepared event behind this previous hash, for tests. */
    byte[] canonicalForm(byte[] previousHash) {
        byte[] form = new byte[PREFIX.length + HEX_LENGTH + 2 + length];
        System.arraycopy(PREFIX, 0, form, 0, PREFIX.length);
        System.arraycopy(previousHash, 0, form, PREFIX.length, HEX_LENGTH);
        form[PREFIX.length + HEX_LENGTH] = '"';
        form[PREFIX.length + HEX_LENGTH + 1] = ',';
        System.arraycopy(out, 0, form, PREFIX.length + HEX_LENGTH + 2, length);
        return form;
    }

    // reading JSON

    private void document(StoredRow.Slice json, boolean metadata) throws IOException {
        in = json.data;
        pos = json.offset;
        end = json.offset + json.length;
        depth = 0;
        // jsonb in PostgreSQL's binary format is its text behind a version byte 1, which JSON text never starts with
        if (pos < end && in[pos] == 1) {
            pos++;
        }
        skipSpace();
        if (metadata && pos < end && in[pos] == 'n') {
            expect(NULL);
            write(EMPTY_OBJECT);
        } else {
            value(metadata);
        }
        skipSpace();
        if (pos != end) {
            throw new IOException("more than one JSON value");
        }
    }

    private void value(boolean metadata) throws IOException {
        if (pos >= end) {
            throw new IOException("JSON ends early");
        }
        byte c = in[pos];
        switch (c) {
            case '{' -> object(metadata);
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal(TRUE);
            case 'f' -> literal(FALSE);
            case 'n' -> literal(NULL);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    number();
                } else {
                    throw new IOException("not JSON at byte " + pos);
                }
            }
        }
    }

    private void array() throws IOException {
        enter();
        pos++;
        put((byte) '[');
        skipSpace();
        if (peek() == ']') {
            pos++;
        } else {
            while (true) {
                value(false);
                skipSpace();
                byte c = next();
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw new IOException("expected , or ] at byte " + (pos - 1));
                }
                put((byte) ',');
                skipSpace();
            }
        }
        put((byte) ']');
        depth--;
    }

    /**
     * Members are written where they come, back to back, each remembered with its key; then the object's bytes are
     * put back in key order if they did not come in it (jsonb orders keys by length first). At the top of the
     * metadata, the hash fields are left out and kept.
     */
    private void object(boolean metadata) throws IOException {
        enter();
        pos++;
        put((byte) '{');
        int base = members;
        int keyBytesBase = keyBytesLength;
        int objectStart = length;
        boolean sorted = true;
        int previous = -1;
        skipSpace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                if (peek() != '"') {
                    throw new IOException("expected a key at byte " + pos);
                }
                int member = key();
                skipSpace();
                if (next() != ':') {
                    throw new IOException("expected : at byte " + (pos - 1));
                }
                skipSpace();
                if (metadata && (keyIs(member, HASH) || keyIs(member, PREVIOUS_HASH))) {
                    keep(keyIs(member, HASH));
                    members--;
                } else {
                    starts[member] = length;
                    if (keysInInput[member]) {
                        // a key without escape holds nothing to escape
                        writeQuoted(in, keyOffsets[member], keyLengths[member]);
                    } else {
                        writeUtf8String(keyBytes, keyOffsets[member], keyLengths[member]);
                    }
                    put((byte) ':');
                    value(false);
                    ends[member] = length;
                    // an equal key is out of order too: reordering keeps only the last one, as a JSON tree does
                    if (previous >= 0 && compareKeys(previous, member) >= 0) {
                        sorted = false;
                    }
                    previous = member;
                }
                skipSpace();
                byte c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw new IOException("expected , or } at byte " + (pos - 1));
                }
                skipSpace();
            }
        }
        int count = members - base;
        if (sorted) {
            commas(base, count);
        } else {
            reorder(base, count, objectStart);
        }
        members = base;
        keyBytesLength = keyBytesBase;
        put((byte) '}');
        depth--;
    }

    /** Reads a key into a new member: a slice of the input when it holds no escape, else decoded into keyBytes. */
    private int key() throws IOException {
        if (members == starts.length) {
            int size = members * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            keyOffsets = Arrays.copyOf(keyOffsets, size);
            keyLengths = Arrays.copyOf(keyLengths, size);
            keysInInput = Arrays.copyOf(keysInInput, size);
            wideKeys = Arrays.copyOf(wideKeys, size);
            keyPrefixes = Arrays.copyOf(keyPrefixes, size);
        }
        int member = members++;
        int start = pos + 1;
        int stop = plainStringEnd(start);
        if (stop >= 0) {
            keysInInput[member] = true;
            keyOffsets[member] = start;
            keyLengths[member] = stop - start;
            wideKeys[member] = nonAscii && hasFourByteCharacters(in, start, stop);
            keyPrefixes[member] = prefix(in, start, stop - start);
            pos = stop + 1;
        } else {
            int size = decodeString();
            byte[] utf8 = new String(chars, 0, size).getBytes(StandardCharsets.UTF_8);
            ensureKeyBytes(utf8.length);
            System.arraycopy(utf8, 0, keyBytes, keyBytesLength, utf8.length);
            keysInInput[member] = false;
            keyOffsets[member] = keyBytesLength;
            keyLengths[member] = utf8.length;
            wideKeys[member] = hasFourByteCharacters(utf8, 0, utf8.length);
            keyPrefixes[member] = prefix(utf8, 0, utf8.length);
            keyBytesLength += utf8.length;
        }
        return member;
    }

    private byte[] keyData(int member) {
        return keysInInput[member] ? in : keyBytes;
    }

    private boolean keyIs(int member, byte[] name) {
        return Arrays.equals(keyData(member), keyOffsets[member], keyOffsets[member] + keyLengths[member],
                             name, 0, name.length);
    }

    /**
     * Keys in UTF-16 code unit order, as canonical JSON (and String.compareTo) sorts them. UTF-8 bytes sort in code
     * point order, which is the same but for characters beyond U+FFFF (surrogate pairs in UTF-16): keys holding
     * one are compared as strings.
     */
    private int compareKeys(int a, int b) {
        byte[] dataA = keyData(a);
        byte[] dataB = keyData(b);
        if (!wideKeys[a] && !wideKeys[b]) {
            int order = Long.compareUnsigned(keyPrefixes[a], keyPrefixes[b]);
            if (order != 0) {
                return order;
            }
            if (keyLengths[a] <= 8 || keyLengths[b] <= 8) {
                return Integer.compare(keyLengths[a], keyLengths[b]);
            }
            return Arrays.compareUnsigned(dataA, keyOffsets[a] + 8, keyOffsets[a] + keyLengths[a],
                                          dataB, keyOffsets[b] + 8, keyOffsets[b] + keyLengths[b]);
        }
        return new String(dataA, keyOffsets[a], keyLengths[a], StandardCharsets.UTF_8)
                .compareTo(new String(dataB, keyOffsets[b], keyLengths[b], StandardCharsets.UTF_8));
    }

    /** The first eight bytes of a key as an unsigned number (zeros after a shorter key): most keys differ there. */
    private static long prefix(byte[] data, int offset, int size) {
        if (size >= 8) {
            return (long) BIG_ENDIAN.get(data, offset);
        }
        long prefix = 0;
        for (int i = 0; i < 8; i++) {
            prefix = prefix << 8 | (i < size ? data[offset + i] & 0xFF : 0);
        }
        return prefix;
    }

    private static boolean hasFourByteCharacters(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((data[i] & 0xF8) == 0xF0) {
                return true;
            }
        }
        return false;
    }

    /** The value of a hash field of the metadata: kept when it is a string of 64 bytes, written nowhere. */
    private void keep(boolean hash) throws IOException {
        int mark = length;
        boolean text = peek() == '"';
        value(false);
        if (text && length - mark - 2 == HEX_LENGTH) {
            System.arraycopy(out, mark + 1, hash ? storedHash : storedPreviousHash, 0, HEX_LENGTH);
            if (hash) {
                hasStoredHash = true;
            } else {
                hasStoredPreviousHash = true;
            }
        }
        length = mark;
    }

    /** Members were written back to back: add the commas between them, in place, from the end. */
    private void commas(int base, int count) {
        if (count < 2) {
            return;
        }
        int extra = count - 1;
        ensure(extra);
        int target = length + extra;
        for (int m = base + count - 1; m > base; m--) {
            int size = ends[m] - starts[m];
            target -= size;
            System.arraycopy(out, starts[m], out, target, size);
            out[--target] = ',';
        }
        length += extra;
    }

    /** Puts the members back in key order (of equal keys only the last counts), with commas. */
    private void reorder(int base, int count, int objectStart) {
        if (order.length < count) {
            order = new int[Math.max(count, order.length * 2)];
        }
        // insertion sort, stable: objects have a handful of members
        for (int i = 0; i < count; i++) {
            int m = base + i;
            int j = i - 1;
            while (j >= 0 && compareKeys(order[j], m) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = m;
        }
        int size = length - objectStart;
        if (scratch.length < size + count) {
            scratch = new byte[Math.max(scratch.length * 2, size + count)];
        }
        int written = 0;
        for (int i = 0; i < count; i++) {
            int m = order[i];
            if (i + 1 < count && compareKeys(order[i + 1], m) == 0) {
                continue;
            }
            if (written > 0) {
                scratch[written++] = ',';
            }
            int memberSize = ends[m] - starts[m];
            System.arraycopy(out, starts[m], scratch, written, memberSize);
            written += memberSize;
        }
        length = objectStart;
        ensure(written);
        System.arraycopy(scratch, 0, out, objectStart, written);
        length = objectStart + written;
    }

    /** A string value: its bytes as they are when it holds no escape, else decoded and written canonically. */
    private void string() throws IOException {
        int start = pos + 1;
        int stop = plainStringEnd(start);
        if (stop >= 0) {
            writeQuoted(in, start, stop - start);
            pos = stop + 1;
        } else {
            writeChars(chars, 0, decodeString());
        }
    }

    /**
     * Where the string starting at {@code start} ends (its closing quote) if it holds no escape, else -1. Its bytes
     * are then its UTF-8 text as they stand; control characters have no business there.
     */
    private int plainStringEnd(int start) throws IOException {
        int i = start;
        long seen = 0;
        while (i + 8 <= end) {
            // flags the bytes that are a quote, a backslash or below 0x20: the lowest flag is exact
            long word = (long) LITTLE_ENDIAN.get(in, i);
            long quote = word ^ 0x2222222222222222L;
            long backslash = word ^ 0x5C5C5C5C5C5C5C5CL;
            long special = ((quote - ONES) & ~quote | (backslash - ONES) & ~backslash | (word - 0x20 * ONES) & ~word)
                           & HIGH_BITS;
            if (special != 0) {
                long before = Long.numberOfTrailingZeros(special) >>> 3;
                seen |= before == 0 ? 0 : word & (-1L >>> (64 - 8 * before));
                i += (int) before;
                break;
            }
            seen |= word;
            i += 8;
        }
        nonAscii = (seen & HIGH_BITS) != 0;
        for (; i < end; i++) {
            byte b = in[i];
            if (b == '"') {
                return i;
            }
            if (b == '\\') {
                return -1;
            }
            if (b >= 0 && b < 0x20) {
                throw new IOException("control character in a JSON string at byte " + i);
            }
            nonAscii |= b < 0;
        }
        throw new IOException("JSON string not closed");
    }

    /** Decodes the string at {@code pos} (on its opening quote) into {@link #chars}; returns its length. */
    private int decodeString() throws IOException {
        int size = 0;
        pos++;
        while (true) {
            if (pos >= end) {
                throw new IOException("JSON string not closed");
            }
            if (chars.length < size + 2) {
                chars = Arrays.copyOf(chars, chars.length * 2);
            }
            int b = in[pos++] & 0xFF;
            if (b == '"') {
                return size;
            }
            if (b == '\\') {
                if (pos >= end) {
                    throw new IOException("JSON string not closed");
                }
                byte e = in[pos++];
                chars[size++] = switch (e) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '/' -> '/';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'u' -> unicodeEscape();
                    default -> throw new IOException("bad escape \\" + (char) e);
                };
            } else if (b < 0x80) {
                if (b < 0x20) {
                    throw new IOException("control character in a JSON string");
                }
                chars[size++] = (char) b;
            } else {
                int codePoint = codePoint(b);
                if (codePoint >= 0x10000) {
                    chars[size++] = Character.highSurrogate(codePoint);
                    chars[size++] = Character.lowSurrogate(codePoint);
                } else {
                    chars[size++] = (char) codePoint;
                }
            }
        }
    }

    private char unicodeEscape() throws IOException {
        if (pos + 4 > end) {
            throw new IOException("bad \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos++], 16);
            if (digit < 0) {
                throw new IOException("bad \\u escape");
            }
            value = value << 4 | digit;
        }
        return (char) value;
    }

    /** The code point a multi-byte UTF-8 sequence starting with {@code lead} encodes; {@code pos} is after the lead. */
    private int codePoint(int lead) throws IOException {
        int more;
        int value;
        if ((lead & 0xE0) == 0xC0) {
            more = 1;
            value = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            more = 2;
            value = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            more = 3;
            value = lead & 0x07;
        } else {
            throw new IOException("not UTF-8");
        }
        if (pos + more > end) {
            throw new IOException("not UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int b = in[pos++] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                throw new IOException("not UTF-8");
            }
            value = value << 6 | b & 0x3F;
        }
        return value;
    }

    /**
     * A number as CanonicalJson writes it: an integer as its digits ({@code -0} is {@code 0}); a decimal without
     * exponent without its trailing zeros ({@code 15.750} is {@code 15.75}, {@code 100.0} is {@code 100}, any zero
     * is {@code 0}); anything with an exponent through BigDecimal, as CanonicalJson does.
     */
    private void number() throws IOException {
        int start = pos;
        if (in[pos] == '-') {
            pos++;
        }
        int integerStart = pos;
        skipDigits();
        int integerDigits = pos - integerStart;
        if (integerDigits == 0 || integerDigits > 1 && in[integerStart] == '0') {
            throw new IOException("bad JSON number at byte " + start);
        }
        int dot = -1;
        if (pos < end && in[pos] == '.') {
            dot = pos++;
            int fractionStart = pos;
            skipDigits();
            if (pos == fractionStart) {
                throw new IOException("bad JSON number at byte " + start);
            }
        }
        boolean exponent = false;
        if (pos < end && (in[pos] == 'e' || in[pos] == 'E')) {
            exponent = true;
            pos++;
            if (pos < end && (in[pos] == '+' || in[pos] == '-')) {
                pos++;
            }
            int exponentStart = pos;
            skipDigits();
            if (pos == exponentStart) {
                throw new IOException("bad JSON number at byte " + start);
            }
        }
        int stop = pos;
        if (exponent) {
            BigDecimal value = new BigDecimal(new String(in, start, stop - start, StandardCharsets.US_ASCII));
            writeAscii(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
            return;
        }
        if (dot >= 0) {
            while (in[stop - 1] == '0') {
                stop--;
            }
            if (stop - 1 == dot) {
                stop = dot;
            }
        }
        boolean zero = true;
        for (int i = integerStart; zero && i < stop; i++) {
            zero = in[i] == '0' || in[i] == '.';
        }
        if (zero) {
            put((byte) '0');
            return;
        }
        int size = stop - start;
        ensure(size);
        System.arraycopy(in, start, out, length, size);
        length += size;
    }

    private void skipDigits() {
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            pos++;
        }
    }

    private void literal(byte[] word) throws IOException {
        expect(word);
        write(word);
    }

    private void expect(byte[] word) throws IOException {
        if (pos + word.length > end || !Arrays.equals(in, pos, pos + word.length, word, 0, word.length)) {
            throw new IOException("not JSON at byte " + pos);
        }
        pos += word.length;
    }

    private void skipSpace() {
        while (pos < end) {
            byte b = in[pos];
            // most bytes met here are no space at all: one comparison says so
            if (b > ' ' || b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return;
            }
            pos++;
        }
    }

    private byte peek() throws IOException {
        if (pos >= end) {
            throw new IOException("JSON ends early");
        }
        return in[pos];
    }

    private byte next() throws IOException {
        byte b = peek();
        pos++;
        return b;
    }

    private void enter() throws IOException {
        if (++depth > MAX_DEPTH) {
            throw new IOException("JSON nested deeper than " + MAX_DEPTH);
        }
    }

    // writing canonical JSON

    /** A column's text (UTF-8) as a JSON string, or null. */
    private void writeText(StoredRow.Slice text) {
        if (text.isNull()) {
            write(NULL);
        } else {
            writeUtf8String(text.data, text.offset, text.length);
        }
    }

    /**
     * Text already in UTF-8 as a JSON string: only {@code "}, {@code \} and control characters need escaping, the
     * other bytes are the canonical ones.
     */
    private void writeUtf8String(byte[] text, int offset, int size) {
        ensure(size * 6 + 2);
        byte[] b = out;
        int n = length;
        b[n++] = '"';
        for (int i = offset, stop = offset + size; i < stop; i++) {
            byte c = text[i];
            if (c >= 0 && (c == '"' || c == '\\' || c < 0x20)) {
                n = escape((char) c, b, n);
            } else {
                b[n++] = c;
            }
        }
        b[n++] = '"';
        length = n;
    }

    /** Text known to hold nothing to escape, between quotes. */
    private void writeQuoted(byte[] text, int offset, int size) {
        ensure(size + 2);
        out[length++] = '"';
        System.arraycopy(text, offset, out, length, size);
        length += size;
        out[length++] = '"';
    }

    /** Decoded text as a JSON string: {@code "}, {@code \} and control characters escaped, the rest as UTF-8. */
    private void writeChars(char[] text, int offset, int size) {
        ensure(size * 6 + 2);
        byte[] b = out;
        int n = length;
        b[n++] = '"';
        int stop = offset + size;
        for (int i = offset; i < stop; i++) {
            char c = text[i];
            if (c < 0x80) {
                if (c == '"' || c == '\\' || c < 0x20) {
                    n = escape(c, b, n);
                } else {
                    b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < stop && Character.isLowSurrogate(text[i + 1])) {
                    int codePoint = Character.toCodePoint(c, text[++i]);
                    b[n++] = (byte) (0xF0 | codePoint >> 18);
                    b[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    b[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | codePoint & 0x3F);
                } else {
                    // what String.getBytes(UTF_8), so CanonicalJson, writes for a lone surrogate
                    b[n++] = '?';
                }
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        b[n++] = '"';
        length = n;
    }

    private static int escape(char c, byte[] b, int n) {
        b[n++] = '\\';
        switch (c) {
            case '"' -> b[n++] = '"';
            case '\\' -> b[n++] = '\\';
            case '\b' -> b[n++] = 'b';
            case '\f' -> b[n++] = 'f';
            case '\n' -> b[n++] = 'n';
            case '\r' -> b[n++] = 'r';
            case '\t' -> b[n++] = 't';
            default -> {
                b[n++] = 'u';
                b[n++] = '0';
                b[n++] = '0';
                b[n++] = HEX[c >> 4];
                b[n++] = HEX[c & 0xF];
            }
        }
        return n;
    }

    private void writeAscii(String text) {
        int size = text.length();
        ensure(size);
        for (int i = 0; i < size; i++) {
            out[length++] = (byte) text.charAt(i);
        }
    }

    private void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
    }

    private void put(byte b) {
        ensure(1);
        out[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }

    private void ensureKeyBytes(int more) {
        if (keyBytesLength + more > keyBytes.length) {
            keyBytes = Arrays.copyOf(keyBytes, Math.max(keyBytes.length * 2, keyBytesLength + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
