package org.branchline.voicemail;

import java.util.List;

/**
 * Mailboxes and alerts for the admin doors. Every method checks the caller's roles: Business &gt; Users
 * permissions, or the caller's own mailbox.
 */
public interface MailboxService {
    List<MailboxSummary> list();

    MailboxSummary get(String owner);

    /** Deletes the user's saved messages (Reports &gt; Users); the number deleted. */
    int deleteSavedMessages(String owner);

    VoicemailAlerts alerts(String owner);

    /**
     * @throws org.branchline.api.admin.InvalidFieldException naming the field, e.g.
     *         "escalation.levels[1].notification-period"
     */
    VoicemailAlerts updateAlerts(String owner, VoicemailAlerts alerts);
}
