package org.branchline.network.internal;

import java.sql.SQLException;
import java.util.logging.Logger;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.branchline.api.network.NetworkConfiguration;
import org.branchline.api.network.NetworkConfigurationService;
import org.branchline.api.network.NetworkMode;
import org.branchline.api.security.AccessControl;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = NetworkConfigurationService.class)
public class NetworkConfigurationServiceImpl implements NetworkConfigurationService {
    private static final Logger LOG = Logger.getLogger(NetworkConfigurationServiceImpl.class.getName());
    private final Transactions transactions;
    private final AccessControl access;

    @Activate
    public NetworkConfigurationServiceImpl(
            @Reference(target = "(osgi.unit.name=branchline-network)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            @Reference AccessControl access) throws SQLException {
        int version = SchemaMigrator.fromClassPath("network", getClass(), "db/network").migrate(dataSource);
        this.transactions = new Transactions(factory);
        this.access = access;
        LOG.info("Started network configuration, schema version " + version);
    }

    @Override
    public NetworkConfiguration get() {
        access.require(NetworkPermissions.CONFIGURATION_VIEW);
        return transactions.call(em -> view(em.find(NetworkSettingsEntity.class, NetworkSettingsEntity.ROW)));
    }

    @Override
    public NetworkConfiguration update(NetworkConfiguration c) {
        access.require(NetworkPermissions.CONFIGURATION_MODIFY);
        return transactions.call(em -> {
            NetworkSettingsEntity e = em.find(NetworkSettingsEntity.class, NetworkSettingsEntity.ROW);
            if (c.hostName() != null) {
                e.hostName = NetworkFields.hostName(c.hostName());
            }
            if (c.domainName() != null) {
                e.domainName = NetworkFields.domainName(c.domainName());
            }
            if (c.mode() != null) {
                e.mode = c.mode().name();
            }
            if (c.lanAddress() != null) {
                e.lanAddress = NetworkFields.address("lan-address", c.lanAddress());
            }
            if (c.lanSubnetMask() != null) {
                e.lanSubnetMask = NetworkFields.subnetMask("lan-subnet-mask", c.lanSubnetMask());
            }
            if (c.wanAddress() != null) {
                e.wanAddress = NetworkFields.address("wan-address", c.wanAddress());
            }
            if (c.wanSubnetMask() != null) {
                e.wanSubnetMask = NetworkFields.subnetMask("wan-subnet-mask", c.wanSubnetMask());
            }
            if (c.gateway() != null) {
                e.gateway = NetworkFields.address("gateway", c.gateway());
            }
            return view(e);
        });
    }

    private static NetworkConfiguration view(NetworkSettingsEntity e) {
        return new NetworkConfiguration(e.hostName, e.domainName, NetworkMode.valueOf(e.mode), e.lanAddress,
                e.lanSubnetMask, e.wanAddress, e.wanSubnetMask, e.gateway);
    }
}
