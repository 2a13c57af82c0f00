package org.branchline.network.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "net_configuration")
public class NetworkSettingsEntity {
    public static final int ROW = 1;

    @Id
    private Integer id;

    @Column(name = "host_name", nullable = false)
    public String hostName;

    @Column(name = "domain_name", nullable = false)
    public String domainName;

    @Column(name = "network_mode", nullable = false)
    public String mode;

    @Column(name = "lan_address", nullable = false)
    public String lanAddress;

    @Column(name = "lan_subnet_mask", nullable = false)
    public String lanSubnetMask;

    @Column(name = "wan_address", nullable = false)
    public String wanAddress;

    @Column(name = "wan_subnet_mask", nullable = false)
    public String wanSubnetMask;

    @Column(nullable = false)
    public String gateway;

    protected NetworkSettingsEntity() {
    }
}
