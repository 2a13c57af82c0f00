package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * A message just left in a mailbox, as its alert tells it.
 *
 * @param callerName null or empty when the caller ID has no name
 * @param callerNumber null or empty when the caller ID has no number
 * @param newMessages the new messages in the mailbox, this one included
 */
public record MessageInfo(String mailbox, String callerName, String callerNumber, Duration length,
        ZonedDateTime received, int newMessages) {
}
