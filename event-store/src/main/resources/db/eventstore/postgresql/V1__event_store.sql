-- The event store: Axon's JDBC layout with payload and metadata as jsonb, so that auditors read them in psql.
-- Both services run this migration (history in eventstore_schema_history); the command side writes, the query
-- side reads.

CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              JSONB        NOT NULL,
    meta_data            JSONB,
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              JSONB        NOT NULL,
    meta_data            JSONB,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

-- Positions are handed out in commit order. Every statement that appends events first takes one
-- transaction-scoped lock, before the sequence hands out a global_index, and holds it until commit or
-- rollback. So when a reader sees position n, every position below n is either visible already or
-- belongs to a rolled-back transaction and will never appear: a tracking reader never skips a late
-- commit, however long the writing transaction stayed open. The command side commits many commands
-- per transaction, so one writer at a time costs little (docs/adr/0002-commit-ordered-positions.md).
CREATE FUNCTION cls_serialize_event_appends() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(7263870101);
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_serialize_appends
    BEFORE INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION cls_serialize_event_appends();

-- Wakes the query side's processors as soon as events commit (NOTIFY is delivered at commit).
CREATE FUNCTION cls_notify_event_appends() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('cls_events', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_notify_appends
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION cls_notify_event_appends();
