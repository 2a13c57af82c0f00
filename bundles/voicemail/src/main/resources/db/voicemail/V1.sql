-- Voicemail schema, release 0.1.
-- Voicemail notification and escalation (admin guide §20), per user; no row means disabled.
-- mode: DISABLED, NOTIFICATION or ESCALATION; both lists are kept whatever the mode.
-- recipients: the notification entries, separated by spaces (entries never contain white space).
-- levels_text: the escalation table, one line per level:
--   <period seconds> <maximum retries> continue|stop <entry> <entry>...
CREATE TABLE vm_notification (
    login_name VARCHAR(64) NOT NULL PRIMARY KEY,
    mode VARCHAR(16) NOT NULL,
    recipients VARCHAR(10000) NOT NULL,
    levels_text VARCHAR(100000) NOT NULL
);
