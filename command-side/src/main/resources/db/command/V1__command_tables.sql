-- Tables the command side keeps beside the event store, written in the same transactions as the events.

-- A replayed request (same Idempotency-Key, same body) gets the first answer again and appends nothing.
CREATE TABLE command.idempotency_key (
    idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    status          SMALLINT     NOT NULL,
    aggregate_id    VARCHAR(255) NOT NULL,
    version         BIGINT       NOT NULL,
    position        BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Contracts other commands name (the one a new contract supersedes).
CREATE TABLE command.contract_registry (
    contract_id VARCHAR(64) NOT NULL PRIMARY KEY,
    departement VARCHAR(3)  NOT NULL,
    scope       VARCHAR(32) NOT NULL,
    status      VARCHAR(32) NOT NULL,
    supersedes  VARCHAR(64),
    communes    TEXT        NOT NULL DEFAULT '',
    sectors     TEXT        NOT NULL DEFAULT ''
);

-- Rule 5: the communes (sector_id '') and sectors (commune_code '') each live contract covers, by kind;
-- by_sector tells a quartier contract that names its sectors from one that does not.
CREATE TABLE command.territory_claim (
    contract_id  VARCHAR(64) NOT NULL,
    claim_kind   VARCHAR(16) NOT NULL,
    commune_code VARCHAR(5)  NOT NULL,
    sector_id    VARCHAR(64) NOT NULL DEFAULT '',
    by_sector    BOOLEAN     NOT NULL,
    supersedes   VARCHAR(64),
    PRIMARY KEY (contract_id, claim_kind, commune_code, sector_id)
);

CREATE INDEX territory_claim_by_place ON command.territory_claim (claim_kind, commune_code, sector_id);

-- Police districts and their sectors, for the checks contracts make across aggregates: a contract covers
-- districts of its own département and sectors of those districts; a sector id names one sector only.
CREATE TABLE command.district_registry (
    district_id VARCHAR(64) NOT NULL PRIMARY KEY,
    departement VARCHAR(3)  NOT NULL
);

CREATE TABLE command.sector_registry (
    sector_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    district_id VARCHAR(64) NOT NULL REFERENCES command.district_registry (district_id)
);
