package org.branchline.voicemail.internal.ivr;

import org.branchline.voicemail.internal.mailbox.VoiceMessage;

/** Notification and escalation (admin guide §20), told of each new message and each retrieval. */
public interface Alerts {
    void messageLeft(String owner, String extension, VoiceMessage message, int newMessages);

    void retrieved(String owner);
}
