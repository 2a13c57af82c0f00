package org.branchline.api.calls;

/**
 * Message waiting indication (RFC 3842): voicemail tells the SIP core how many messages an inbox holds, and
 * phones subscribed to that extension's message-summary are notified.
 */
public interface MessageWaiting {
    void messages(String extension, int newMessages, int oldMessages);
}
