package fr.interieur.cls.query.audit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One row of the event store as the verifier reads it: numbers, and the UTF-8 bytes of each text column as a slice
 * of some buffer (the row's own arrays from JDBC, or the block a COPY stream is read into). Reused from row to row,
 * so that reading millions of events allocates next to nothing.
 */
final class StoredRow {

    long position;
    long sequence;
    final Slice aggregate = new Slice();
    final Slice type = new Slice();
    final Slice revision = new Slice();
    final Slice timestamp = new Slice();
    final Slice payload = new Slice();
    final Slice metadata = new Slice();

    /** Bytes {@code data[offset, offset + length)}; a length of -1 is SQL NULL. */
    static final class Slice {

        byte[] data;
        int offset;
        int length = -1;

        void set(byte[] data, int offset, int length) {
            this.data = data;
            this.offset = offset;
            this.length = length;
        }

        /** A whole array, or NULL when null. */
        void set(byte[] whole) {
            set(whole, 0, whole == null ? -1 : whole.length);
        }

        boolean isNull() {
            return length < 0;
        }

        boolean contentEquals(byte[] other) {
            return other != null && length >= 0
                   && Arrays.equals(data, offset, offset + length, other, 0, other.length);
        }

        byte[] copy() {
            return length < 0 ? null : Arrays.copyOfRange(data, offset, offset + length);
        }

        @Override
        public String toString() {
            return length < 0 ? "NULL" : new String(data, offset, length, StandardCharsets.UTF_8);
        }
    }
}
