-- Digests of the event store's hash chains (docs/audit.md): one SHA-256 over the heads of every chain as of a
-- global position, taken daily for the day before and on demand, for auditors to keep outside the system.
CREATE TABLE query.audit_digest (
    day        DATE          NOT NULL,
    position   BIGINT        NOT NULL,
    chains     BIGINT        NOT NULL,
    events     BIGINT        NOT NULL,
    digest     CHAR(64)      NOT NULL,
    -- whether every chain held when the digest was taken, and if not, the first broken link
    verified   BOOLEAN       NOT NULL,
    reason     VARCHAR(1024),
    kind       VARCHAR(16)   NOT NULL,
    taken_at   VARCHAR(40)   NOT NULL,
    taken_by   VARCHAR(255),
    -- the same day and position always give the same digest: instances taking it at once insert one row
    PRIMARY KEY (day, position)
);
