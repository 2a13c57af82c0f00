package org.branchline.network.internal.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.network.NetworkConfiguration;
import org.branchline.api.network.NetworkConfigurationService;
import org.branchline.api.network.NetworkMode;
import org.branchline.shell.PbxCommand;

@Command(scope = "pbx", name = "network", description = "Shows or changes Network > Configuration (admin guide §5)")
@Service
public class NetworkShow extends PbxCommand {
    @Reference
    NetworkConfigurationService network;

    @Option(name = "--host-name")
    String hostName;

    @Option(name = "--domain-name")
    String domainName;

    @Option(name = "--mode", description = "STANDARD_ROUTER, LAN_HOST, NAT_FIREWALL, NAT_FIREWALL_DMZ, NAT_FIREWALL_STEALTH_DMZ")
    String mode;

    @Option(name = "--lan-address")
    String lanAddress;

    @Option(name = "--lan-subnet-mask")
    String lanSubnetMask;

    @Option(name = "--wan-address")
    String wanAddress;

    @Option(name = "--wan-subnet-mask")
    String wanSubnetMask;

    @Option(name = "--gateway")
    String gateway;

    @Override
    protected Object data() {
        NetworkMode networkMode = mode == null ? null : RequestFields.oneOf("mode", NetworkMode.class, mode);
        NetworkConfiguration change = new NetworkConfiguration(hostName, domainName, networkMode,
                lanAddress, lanSubnetMask, wanAddress, wanSubnetMask, gateway);
        return change.equals(new NetworkConfiguration(null, null, null, null, null, null, null, null))
                ? network.get() : network.update(change);
    }


    @Override
    protected void printTable(Object data) {
        NetworkConfiguration c = (NetworkConfiguration) data;
        ShellTable table = table("Setting", "Current Value");
        table.addRow().addContent("Host Name", c.hostName());
        table.addRow().addContent("Domain Name", c.domainName());
        table.addRow().addContent("Network Mode", c.mode().title());
        table.addRow().addContent("LAN IP Address", c.lanAddress());
        table.addRow().addContent("LAN Subnet Mask", c.lanSubnetMask());
        table.addRow().addContent("WAN IP Address", c.wanAddress());
        table.addRow().addContent("WAN IP Subnet Mask", c.wanSubnetMask());
        table.addRow().addContent("Gateway", c.gateway());
        table.print(System.out);
    }
}
