-- Network > Configuration, release 0.1: one row holding the server's network settings.
CREATE TABLE net_configuration (
    id INTEGER NOT NULL PRIMARY KEY,
    host_name VARCHAR(63) NOT NULL,
    domain_name VARCHAR(253) NOT NULL,
    network_mode VARCHAR(32) NOT NULL,
    lan_address VARCHAR(15) NOT NULL,
    lan_subnet_mask VARCHAR(15) NOT NULL,
    wan_address VARCHAR(15) NOT NULL,
    wan_subnet_mask VARCHAR(15) NOT NULL,
    gateway VARCHAR(15) NOT NULL
);
INSERT INTO net_configuration VALUES (1, 'branchline', 'local', 'NAT_FIREWALL_DMZ', '192.168.2.254', '255.255.255.0', '0.0.0.0', '0.0.0.0', '0.0.0.0');
