-- The territory projection (runs once per slot schema: query_a, query_b): police districts and their sectors,
-- what contracts cover and the sectors their actions are declined in. Rows of one aggregate only are written
-- per event; coverage, which combines districts and contracts, is computed by the reads.

-- A police district (circonscription de sécurité publique) and its community policing.
CREATE TABLE territory_district (
    district_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    departement          VARCHAR(3)  NOT NULL,
    name                 TEXT        NOT NULL,
    population           BIGINT      NOT NULL,
    proximity_wave       VARCHAR(8),
    proximity_started_on DATE,
    last_sequence        BIGINT      NOT NULL
);

CREATE INDEX territory_district_by_departement ON territory_district (departement, district_id);

-- A sector of a district (written by the district's events; sector ids are unique across districts).
CREATE TABLE territory_sector (
    sector_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    district_id VARCHAR(64) NOT NULL,
    name        TEXT        NOT NULL,
    quartiers   TEXT        NOT NULL,
    population  BIGINT      NOT NULL
);

CREATE INDEX territory_sector_by_district ON territory_sector (district_id, sector_id);

-- A contract's status and territory; district_ids and sector_ids repeat the child rows below, so that an
-- amendment knows which child rows to delete without querying.
CREATE TABLE territory_contract (
    contract_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    departement   VARCHAR(3)  NOT NULL,
    title         TEXT        NOT NULL,
    status        VARCHAR(16) NOT NULL,
    district_ids  TEXT        NOT NULL,
    sector_ids    TEXT        NOT NULL,
    last_sequence BIGINT      NOT NULL
);

CREATE INDEX territory_contract_by_departement ON territory_contract (departement, status);

CREATE TABLE territory_contract_district (
    contract_id VARCHAR(64) NOT NULL,
    district_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (contract_id, district_id)
);

CREATE INDEX territory_contract_district_by_district ON territory_contract_district (district_id, contract_id);

CREATE TABLE territory_contract_sector (
    contract_id VARCHAR(64) NOT NULL,
    sector_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (contract_id, sector_id)
);

CREATE INDEX territory_contract_sector_by_sector ON territory_contract_sector (sector_id, contract_id);

-- An action sheet of a contract: its theme, status and the sectors it is declined in (child rows).
CREATE TABLE territory_action (
    contract_id VARCHAR(64) NOT NULL,
    action_id   VARCHAR(64) NOT NULL,
    theme       VARCHAR(32) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    sector_ids  TEXT        NOT NULL,
    PRIMARY KEY (contract_id, action_id)
);

CREATE TABLE territory_action_sector (
    contract_id VARCHAR(64) NOT NULL,
    action_id   VARCHAR(64) NOT NULL,
    sector_id   VARCHAR(64) NOT NULL,
    PRIMARY KEY (contract_id, action_id, sector_id)
);

CREATE INDEX territory_action_sector_by_sector ON territory_action_sector (sector_id);
