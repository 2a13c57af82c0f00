package org.branchline.api.licensing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Optional;

/** The feature keys of admin guide §3.3. A counted feature's keys add up; the others are on or off. */
@Schema(name = "LicensedFeature", description = "A feature key of admin guide §3.3. USER_EXPANSION and "
        + "GENERIC_SIP_HANDSETS are counted (keys add up); the others are on or off.", enumAsRef = true)
public enum LicensedFeature {
    USER_EXPANSION("User Expansion", true),
    CALL_QUEUING("Call Queuing", false),
    AUTOMATIC_CALL_DISTRIBUTION("Automatic Call Distribution", false),
    CALL_ASSISTANT("Call Assistant", false),
    CONFERENCE_CENTER("Conference Center", false),
    DUAL_LANGUAGE("Dual Language Support", false),
    GENERIC_SIP_HANDSETS("Generic SIP Handsets", true),
    MOBILE_LINK("Mobile Link", false),
    MULTI_SITE_PRIMARY("Multi-Site Primary", false),
    MULTI_SITE_BRANCH("Multi-Site Branch", false),
    SOFTWARE_UPGRADE("Software Upgrade", false),
    VPN("Virtual Private Network (VPN)", false),
    T1_PRI_1("T1/PRI License #1", false),
    T1_PRI_2("T1/PRI License #2", false);

    private final String title;
    private final boolean counted;

    LicensedFeature(String title, boolean counted) {
        this.title = title;
        this.counted = counted;
    }

    /** The name the guide gives the key, e.g. "Conference Center". */
    public String title() {
        return title;
    }

    /** True when keys carry a count (users, handsets) rather than switching the feature on. */
    public boolean counted() {
        return counted;
    }

    /** Accepts the constant name or the title, ignoring case, '-' for '_'. */
    public static Optional<LicensedFeature> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace('-', '_');
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(t) || f.title.equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
