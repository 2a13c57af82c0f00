package org.branchline.voicemail.internal;

import org.branchline.api.security.Permission;

/**
 * Voicemail's admin operations on other users' mailboxes (a user always reaches their own); who holds them is
 * etc/org.branchline.roles-voicemail.cfg.
 */
final class VoicemailPermissions {
    static final Permission MAILBOXES_VIEW = new Permission("voicemail.mailboxes.view", "Reports > Users");
    static final Permission MESSAGES_DELETE = new Permission("voicemail.messages.delete",
            "Reports > Users: Delete Messages");
    static final Permission ALERTS_VIEW = new Permission("voicemail.alerts.view",
            "Business > Users: a user's voicemail notification");
    static final Permission ALERTS_MODIFY = new Permission("voicemail.alerts.modify",
            "Business > Users: modify a user's voicemail notification");

    private VoicemailPermissions() {
    }
}
