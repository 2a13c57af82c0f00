-- Call detail records, release 0.1 (until then the SIP core kept them in sip_call_record: CallRecordSchema moves
-- what that table holds into this one).
CREATE TABLE call_record (
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
CREATE INDEX call_record_started ON call_record (started);
-- EclipseLink takes the value it reads as the top of a block of 50: the first read must be at least 50
CREATE SEQUENCE call_record_seq START WITH 50 INCREMENT BY 50;
