package fr.interieur.cls.query.audit;

/**
 * A row of the event store as it is: payload and metadata as the JSON text the database gives back.
 *
 * @param aggregateType the aggregate's type ({@code Contract}, {@code PoliceDistrict})
 * @param type          the event's stable name ({@code ContractSigned})
 * @param timestamp     when it was recorded, as stored ({@code 2000-10-16T09:30:00.000Z}): hashed as this text
 */
record StoredEvent(long position, String aggregateId, long sequence, String eventId, String aggregateType,
                   String type, String revision, String timestamp, String payload, String metadata) {

    static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, event_identifier, type, "
                                  + "payload_type, payload_revision, time_stamp, payload, meta_data";

    static StoredEvent of(java.sql.ResultSet row) throws java.sql.SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                               row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                               row.getString(10));
    }
}
