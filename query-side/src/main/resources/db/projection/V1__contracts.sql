-- The contracts projection (runs once per slot schema: query_a, query_b).
CREATE TABLE contracts_contract (
    contract_id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    departement                 VARCHAR(3)   NOT NULL,
    status                      VARCHAR(16)  NOT NULL,
    title                       TEXT         NOT NULL,
    scope                       VARCHAR(32)  NOT NULL,
    signed_on                   DATE,
    ended_on                    DATE,
    population_covered          BIGINT       NOT NULL,
    last_diagnostic_on          DATE,
    last_committee_on           DATE,
    assessed_years              VARCHAR(400) NOT NULL,
    partner_categories          VARCHAR(400) NOT NULL,
    district_ids                TEXT         NOT NULL,
    live_actions_without_sector INTEGER      NOT NULL,
    oldest_activity_on          DATE,
    last_sequence               BIGINT       NOT NULL,
    last_position               BIGINT       NOT NULL,
    summary                     TEXT         NOT NULL,
    document                    TEXT         NOT NULL
);

CREATE INDEX contracts_contract_by_departement ON contracts_contract (departement, status, contract_id);
CREATE INDEX contracts_contract_by_status ON contracts_contract (status, contract_id);

CREATE TABLE contracts_action (
    contract_id VARCHAR(64) NOT NULL,
    action_id   VARCHAR(64) NOT NULL,
    departement VARCHAR(3)  NOT NULL,
    theme       VARCHAR(32) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    PRIMARY KEY (contract_id, action_id)
);

CREATE INDEX contracts_action_by_departement ON contracts_action (departement);

CREATE TABLE contracts_district (
    district_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    departement          VARCHAR(3)  NOT NULL,
    name                 TEXT        NOT NULL,
    proximity_wave       VARCHAR(8),
    proximity_started_on DATE,
    last_sequence        BIGINT      NOT NULL
);
