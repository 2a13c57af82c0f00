-- SIP core schema, release 0.1: generic SIP handsets, their call appearances, call detail records.
CREATE TABLE sip_handset (
    login_id VARCHAR(64) NOT NULL PRIMARY KEY,
    description VARCHAR(128) NOT NULL,
    lines INTEGER NOT NULL
);
-- One row per call appearance; the digest HA1 hashes depend on the appearance's own Login ID.
CREATE TABLE sip_call_appearance (
    user_id VARCHAR(16) NOT NULL PRIMARY KEY,
    handset_login_id VARCHAR(64) NOT NULL REFERENCES sip_handset (login_id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    login_id VARCHAR(64) NOT NULL UNIQUE,
    owner_login VARCHAR(64),
    ha1_md5 VARCHAR(64) NOT NULL,
    ha1_sha256 VARCHAR(64) NOT NULL,
    UNIQUE (handset_login_id, line)
);
CREATE TABLE sip_call_record (
    id BIGINT NOT NULL PRIMARY KEY,
    call_id VARCHAR(256) NOT NULL,
    started TIMESTAMP NOT NULL,
    answered TIMESTAMP,
    ended TIMESTAMP NOT NULL,
    from_party VARCHAR(128) NOT NULL,
    to_party VARCHAR(128) NOT NULL,
    answered_by VARCHAR(64),
    disposition VARCHAR(16) NOT NULL,
    route VARCHAR(256) NOT NULL
);
CREATE INDEX sip_call_record_started ON sip_call_record (started);
-- EclipseLink takes the value it reads as the top of a block of 50: the first read must be at least 50
CREATE SEQUENCE sip_call_record_seq START WITH 50 INCREMENT BY 50;
