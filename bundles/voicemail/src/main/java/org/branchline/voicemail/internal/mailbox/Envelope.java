package org.branchline.voicemail.internal.mailbox;

import java.time.Instant;

/**
 * Who left a message and when.
 *
 * @param callerLogin the login name of an internal caller (reply and call-back need it), else null
 */
public record Envelope(String callerNumber, String callerName, String callerLogin, Instant received) {
}
