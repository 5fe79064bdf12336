-- The timeline projection (runs once per slot schema: query_a, query_b): one entry per event of every contract
-- and police district, keyed by its global position, plus what the sentences need to name things.
CREATE TABLE timeline_entry (
    position          BIGINT       NOT NULL PRIMARY KEY,
    aggregate_type    VARCHAR(32)  NOT NULL,
    aggregate_id      VARCHAR(64)  NOT NULL,
    sequence_number   BIGINT       NOT NULL,
    departement       VARCHAR(3),
    theme             VARCHAR(32),
    occurred_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_on      DATE,
    type              VARCHAR(64)  NOT NULL,
    actor             VARCHAR(255),
    actor_name        TEXT,
    reason            TEXT,
    correlation_id    VARCHAR(255),
    summary           TEXT         NOT NULL
);

CREATE INDEX timeline_entry_by_aggregate ON timeline_entry (aggregate_type, aggregate_id, position);
CREATE INDEX timeline_entry_by_departement ON timeline_entry (departement, position);
CREATE INDEX timeline_entry_by_theme ON timeline_entry (theme, position);
CREATE INDEX timeline_entry_by_occurred_at ON timeline_entry (occurred_at, position);

-- Per contract or district: its département and name, the names of its communes, and the last sequence put on
-- the timeline (an event at or below it is already there).
CREATE TABLE timeline_aggregate (
    aggregate_type VARCHAR(32) NOT NULL,
    aggregate_id   VARCHAR(64) NOT NULL,
    departement    VARCHAR(3),
    name           TEXT,
    communes       TEXT        NOT NULL,
    last_sequence  BIGINT      NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

-- Partners of each contract, kept after they leave: their names stay in signatures and departures.
CREATE TABLE timeline_partner (
    contract_id  VARCHAR(64) NOT NULL,
    partner_id   VARCHAR(64) NOT NULL,
    name         TEXT        NOT NULL,
    category     VARCHAR(32) NOT NULL,
    commune_code VARCHAR(5),
    PRIMARY KEY (contract_id, partner_id)
);

-- Actions of each contract: title and theme, and the name and unit of each indicator (JSON).
CREATE TABLE timeline_action (
    contract_id VARCHAR(64) NOT NULL,
    action_id   VARCHAR(64) NOT NULL,
    title       TEXT        NOT NULL,
    theme       VARCHAR(32) NOT NULL,
    indicators  TEXT        NOT NULL,
    PRIMARY KEY (contract_id, action_id)
);
