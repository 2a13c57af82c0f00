-- first release
CREATE TABLE sample_user (
    id BIGINT NOT NULL PRIMARY KEY,
    login_name VARCHAR(64) NOT NULL
);
INSERT INTO sample_user (id, login_name) VALUES (1, 'alice');
