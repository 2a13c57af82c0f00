package org.branchline.callrecords.internal;

import org.branchline.api.security.Permission;

/** The call records' admin operations; who holds them is etc/org.branchline.roles-call-records.cfg. */
final class CallRecordPermissions {
    static final Permission CALL_DETAILS_VIEW = new Permission("call-records.call-details.view",
            "Reports > Call Details");

    private CallRecordPermissions() {
    }
}
