-- Release 0.2: the numbers that reach call applications, as data (admin guide §7.2). A row is a dial plan
-- function (its leading digits as the plan dials them; NULL: the code is dialed as it is), the code after them
-- and what follows (NONE, OWN_EXTENSION: the caller's own, EXTENSION: an existing one dialed after the code).
-- The guide's factory numbers are seeded here, so that they answer as the guide says (busy, unavailable) even
-- on a server whose application was never installed; applications declare further numbers on their service.
CREATE TABLE rt_application_number (
    number_key VARCHAR(128) NOT NULL PRIMARY KEY,
    dial_function VARCHAR(32),
    code VARCHAR(32) NOT NULL,
    argument VARCHAR(16) NOT NULL,
    application VARCHAR(64) NOT NULL,
    instance VARCHAR(64),
    while_absent VARCHAR(16) NOT NULL
);
INSERT INTO rt_application_number VALUES ('pbx-functions:04:own-extension', 'PBX_FUNCTIONS', '04', 'OWN_EXTENSION', 'message-center', NULL, 'UNAVAILABLE');
INSERT INTO rt_application_number VALUES (':voicemail:own-extension', NULL, 'voicemail', 'OWN_EXTENSION', 'message-center', NULL, 'UNAVAILABLE');
INSERT INTO rt_application_number VALUES ('message-center::extension', 'MESSAGE_CENTER', '', 'EXTENSION', 'message-center', NULL, 'UNAVAILABLE');
INSERT INTO rt_application_number VALUES ('leave-voicemail::extension', 'LEAVE_VOICEMAIL', '', 'EXTENSION', 'voicemail', NULL, 'BUSY');
INSERT INTO rt_application_number VALUES ('pbx-functions:08:none', 'PBX_FUNCTIONS', '08', 'NONE', 'conference-center', NULL, 'BUSY');
