package org.branchline.voicemail.internal.mailbox;

import java.nio.file.Path;

/** A message being recorded: its envelope is on disk already; {@link #keep} makes it a new message. */
public record Draft(Mailbox mailbox, String id, Path audio, Envelope envelope) {
    public VoiceMessage keep(long millis) {
        return mailbox.keep(this, millis);
    }

    public void discard() {
        mailbox.discard(this);
    }
}
