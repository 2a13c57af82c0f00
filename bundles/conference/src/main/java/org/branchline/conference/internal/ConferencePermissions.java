package org.branchline.conference.internal;

import org.branchline.api.security.Permission;

/** The conference center's admin operations; who holds them is etc/org.branchline.roles-conference.cfg. */
final class ConferencePermissions {
    static final Permission CONFERENCES_VIEW = new Permission("conference.conferences.view",
            "Phone System > Conference Center");

    private ConferencePermissions() {
    }
}
