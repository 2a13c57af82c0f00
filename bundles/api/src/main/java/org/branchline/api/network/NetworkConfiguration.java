package org.branchline.api.network;

/**
 * Network &gt; Configuration (admin guide §5): the server's names, network mode and LAN and WAN addressing.
 * In a change, a null field is left as it is. The factory defaults are NAT/Firewall with DMZ and LAN
 * 192.168.2.254/255.255.255.0.
 */
public record NetworkConfiguration(String hostName, String domainName, NetworkMode mode, String lanAddress,
        String lanSubnetMask, String wanAddress, String wanSubnetMask, String gateway) {
}
