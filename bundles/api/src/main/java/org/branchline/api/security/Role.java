package org.branchline.api.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Optional;

/** The administrative roles of admin guide §2.2.1. */
@Schema(name = "Role", description = "An administrative role (admin guide §2.2.1): Server Administrator (predefined, "
        + "all functions), System Administrator (all administrative functions but the Server Administrator's "
        + "password), Phone Administrator (day-to-day phone system: users, extensions, handsets), Network "
        + "Administrator (network and VoIP settings), Support Technician (backups, reboots, logging).",
        enumAsRef = true)
public enum Role {
    SERVER_ADMINISTRATOR("Server Administrator", "server-administrator"),
    SYSTEM_ADMINISTRATOR("System Administrator", "system-administrator"),
    PHONE_ADMINISTRATOR("Phone Administrator", "phone-administrator"),
    NETWORK_ADMINISTRATOR("Network Administrator", "network-administrator"),
    SUPPORT_TECHNICIAN("Support Technician", "support-technician");

    /** Prefix of the JAAS role principal that carries a PBX role. */
    public static final String PRINCIPAL_PREFIX = "pbx-";

    private final String title;
    private final String key;

    Role(String title, String key) {
        this.title = title;
        this.key = key;
    }

    /** The name the guide uses, e.g. "Phone Administrator". */
    public String title() {
        return title;
    }

    /**
     * The short name used in REST paths, SOAP and the shell, e.g. "phone-administrator"; JSON bodies carry
     * the constant name, as for every enum.
     */
    public String key() {
        return key;
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + key;
    }

    /** Accepts the key, the enum name or the guide's title, ignoring case. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        return Arrays.stream(values())
                .filter(r -> r.key.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t) || r.title.equalsIgnoreCase(t))
                .findFirst();
    }

    public static Optional<Role> fromPrincipalName(String principal) {
        if (principal == null || !principal.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        String key = principal.substring(PRINCIPAL_PREFIX.length());
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
