package org.branchline.api.network;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Network &gt; Configuration (admin guide §5): the server's names, network mode and LAN and WAN addressing.
 * In a change, a null field is left as it is. The factory defaults are NAT/Firewall with DMZ and LAN
 * 192.168.2.254/255.255.255.0.
 */
@Schema(name = "NetworkConfiguration", description = "Network > Configuration (admin guide §5): the server's names, "
        + "network mode and LAN and WAN addressing. In a change (PUT), fields left out (or null) stay as they are; "
        + "addresses are dotted IPv4, masks contiguous subnet masks.")
public record NetworkConfiguration(
        @Schema(description = "Host Name: 1 to 63 letters, digits or '-', not starting or ending with '-'.",
                example = "branchline", maxLength = 63)
        String hostName,
        @Schema(description = "Domain Name (DNS): dot-separated labels of letters, digits or '-'.",
                example = "example.com", maxLength = 253)
        String domainName,
        NetworkMode mode,
        @Schema(description = "LAN IP Address (factory default 192.168.2.254).", example = "192.168.2.254",
                format = "ipv4")
        String lanAddress,
        @Schema(description = "LAN Subnet Mask (factory default 255.255.255.0).", example = "255.255.255.0",
                format = "ipv4")
        String lanSubnetMask,
        @Schema(description = "WAN IP Address.", example = "172.16.92.254", format = "ipv4") String wanAddress,
        @Schema(description = "WAN IP Subnet Mask.", example = "255.255.255.0", format = "ipv4")
        String wanSubnetMask,
        @Schema(description = "Default Gateway.", example = "172.16.92.100", format = "ipv4") String gateway) {
}
