-- Licensing schema, release 0.1.
-- The server id, created at first boot; one row.
CREATE TABLE lic_server (
    singleton INTEGER NOT NULL PRIMARY KEY,
    server_id VARCHAR(32) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
-- Installed feature keys, kept as the signed text the vendor issued so they can be checked again at every start.
CREATE TABLE lic_feature_key (
    key_id VARCHAR(64) NOT NULL PRIMARY KEY,
    document VARCHAR(10000) NOT NULL,
    installed_at TIMESTAMP NOT NULL
);
