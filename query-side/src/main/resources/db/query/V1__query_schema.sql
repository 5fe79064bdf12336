-- The query side's own tables in schema "query". Projection tables live in the slot schemas query_a and
-- query_b (db/projection), so that a projection is rebuilt into one while reads use the other.

-- Which slot each projection reads from, and the slot being rebuilt, if any.
CREATE TABLE query.projection_state (
    projection    VARCHAR(64)  NOT NULL PRIMARY KEY,
    active_slot   CHAR(1)      NOT NULL,
    rebuild_slot  CHAR(1),
    rebuild_from  VARCHAR(40),
    switched_at   VARCHAR(40),
    CONSTRAINT projection_state_slots CHECK (active_slot IN ('a', 'b') AND (rebuild_slot IS NULL OR rebuild_slot IN ('a', 'b')))
);

-- Axon's token store: one row per processor and segment, written in the same transaction as the rows.
CREATE TABLE query.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- Axon's dead-letter queue: events a projector could not handle, with the ones of the same aggregate that
-- came after them, until an admin retries them.
CREATE TABLE query.dead_letter_entry (
    dead_letter_id      VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group    VARCHAR(255)  NOT NULL,
    sequence_identifier VARCHAR(255)  NOT NULL,
    sequence_index      BIGINT        NOT NULL,
    message_type        VARCHAR(255)  NOT NULL,
    event_identifier    VARCHAR(255)  NOT NULL,
    time_stamp          VARCHAR(255)  NOT NULL,
    payload_type        VARCHAR(255)  NOT NULL,
    payload_revision    VARCHAR(255),
    payload             BYTEA         NOT NULL,
    meta_data           BYTEA,
    aggregate_type      VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number     BIGINT,
    token_type          VARCHAR(255),
    token               BYTEA,
    enqueued_at         VARCHAR(255)  NOT NULL,
    last_touched        VARCHAR(255),
    processing_started  VARCHAR(255),
    cause_type          VARCHAR(255),
    cause_message       VARCHAR(1023),
    diagnostics         BYTEA,
    CONSTRAINT dead_letter_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_by_group ON query.dead_letter_entry (processing_group);
CREATE INDEX dead_letter_by_sequence ON query.dead_letter_entry (processing_group, sequence_identifier);
