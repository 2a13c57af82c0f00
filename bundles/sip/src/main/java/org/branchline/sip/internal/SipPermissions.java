package org.branchline.sip.internal;

import org.branchline.api.security.Permission;

/** The SIP core's admin operations; who holds them is etc/org.branchline.roles-sip.cfg. */
public final class SipPermissions {
    public static final Permission HANDSETS_VIEW = new Permission("sip.handsets.view", "Phone System > Handsets");
    public static final Permission HANDSETS_MODIFY = new Permission("sip.handsets.modify",
            "Phone System > Handsets: add, modify, delete SIP handsets");

    private SipPermissions() {
    }
}
