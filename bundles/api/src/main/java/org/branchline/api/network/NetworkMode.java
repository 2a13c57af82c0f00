package org.branchline.api.network;

/** The Network Mode of Network &gt; Configuration (admin guide §5.2–5.7). */
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
