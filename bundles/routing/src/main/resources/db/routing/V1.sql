-- Routing schema, release 0.1: call routes per extension, speed dials, call park, phone features per call appearance.
-- routes_text: one line per presence route, see RouteText; no row means the default routes.
CREATE TABLE rt_extension_routes (
    ext_number VARCHAR(16) NOT NULL PRIMARY KEY,
    routes_text VARCHAR(1000000) NOT NULL
);
CREATE TABLE rt_speed_dial (
    dial_number VARCHAR(16) NOT NULL PRIMARY KEY,
    description VARCHAR(128) NOT NULL,
    dial VARCHAR(64) NOT NULL
);
CREATE TABLE rt_call_park (
    id INTEGER NOT NULL PRIMARY KEY,
    timeout_seconds INTEGER NOT NULL,
    timeout_extension VARCHAR(16)
);
INSERT INTO rt_call_park VALUES (1, 600, NULL);
-- Do Not Disturb (42n) and forwarding (45 + extension) of a call appearance, by its station number.
CREATE TABLE rt_phone_state (
    user_id VARCHAR(16) NOT NULL PRIMARY KEY,
    do_not_disturb BOOLEAN NOT NULL,
    forward_to VARCHAR(16)
);
