package org.branchline.api.network;

import io.swagger.v3.oas.annotations.media.Schema;

/** The Network Mode of Network &gt; Configuration (admin guide §5.2–5.7). */
@Schema(name = "NetworkMode", description = "The Network Mode of Network > Configuration (admin guide §5.2–5.7): "
        + "Standard Router, LAN Host, NAT/Firewall, NAT/Firewall with DMZ (the factory default), NAT/Firewall with "
        + "Stealth DMZ. Case-insensitive in requests.", enumAsRef = true)
public enum NetworkMode {
    STANDARD_ROUTER("Standard Router"),
    LAN_HOST("LAN Host"),
    NAT_FIREWALL("NAT/Firewall"),
    NAT_FIREWALL_DMZ("NAT/Firewall with DMZ"),
    NAT_FIREWALL_STEALTH_DMZ("NAT/Firewall with Stealth DMZ");

    private final String title;

    NetworkMode(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
