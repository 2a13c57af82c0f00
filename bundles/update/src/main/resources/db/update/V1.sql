-- Software update schema, release 0.1.
-- Every update asked for (Maintenance > Update, admin guide §4): scheduled, applied, cancelled or failed.
-- features: "name version" pairs, one per line. The archive itself is kept under data/branchline/updates.
CREATE TABLE upd_update (
    update_id VARCHAR(64) NOT NULL PRIMARY KEY,
    file_name VARCHAR(255) NOT NULL,
    version VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    features VARCHAR(10000) NOT NULL,
    requested TIMESTAMP NOT NULL,
    activate_at TIMESTAMP NOT NULL,
    activated TIMESTAMP,
    outcome VARCHAR(1000) NOT NULL
);
