-- Directory schema, release 0.1: users, templates, extensions, directory-wide settings.
CREATE TABLE dir_template (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(128) NOT NULL UNIQUE,
    editable BOOLEAN NOT NULL
);
CREATE TABLE dir_template_setting (
    template_id BIGINT NOT NULL REFERENCES dir_template (id) ON DELETE CASCADE,
    setting_name VARCHAR(64) NOT NULL,
    setting_value VARCHAR(512) NOT NULL,
    PRIMARY KEY (template_id, setting_name)
);
CREATE TABLE dir_user (
    login_name VARCHAR(64) NOT NULL PRIMARY KEY,
    full_name VARCHAR(128) NOT NULL,
    password_hash VARCHAR(256) NOT NULL,
    pin_hash VARCHAR(256) NOT NULL,
    require_password_change BOOLEAN NOT NULL,
    require_pin_change BOOLEAN NOT NULL,
    presence VARCHAR(32) NOT NULL,
    template_id BIGINT NOT NULL REFERENCES dir_template (id)
);
CREATE TABLE dir_user_role (
    login_name VARCHAR(64) NOT NULL REFERENCES dir_user (login_name) ON DELETE CASCADE,
    role_key VARCHAR(32) NOT NULL,
    PRIMARY KEY (login_name, role_key)
);
CREATE TABLE dir_user_setting (
    login_name VARCHAR(64) NOT NULL REFERENCES dir_user (login_name) ON DELETE CASCADE,
    setting_name VARCHAR(64) NOT NULL,
    setting_value VARCHAR(512) NOT NULL,
    PRIMARY KEY (login_name, setting_name)
);
CREATE TABLE dir_user_override (
    login_name VARCHAR(64) NOT NULL REFERENCES dir_user (login_name) ON DELETE CASCADE,
    setting_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (login_name, setting_name)
);
CREATE TABLE dir_extension (
    ext_number VARCHAR(16) NOT NULL PRIMARY KEY,
    kind VARCHAR(8) NOT NULL,
    owner_login VARCHAR(64) REFERENCES dir_user (login_name),
    description VARCHAR(128) NOT NULL
);
CREATE TABLE dir_setting (
    setting_name VARCHAR(64) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(512) NOT NULL
);
CREATE TABLE dir_sequence (
    seq_name VARCHAR(50) NOT NULL PRIMARY KEY,
    seq_count DECIMAL(38) NOT NULL
);
INSERT INTO dir_sequence (seq_name, seq_count) VALUES ('dir_template', 0);
