package org.branchline.voicemail.internal.mailbox;

import java.nio.file.Path;

/** A message in a mailbox: its audio (raw 8 kHz µ-law) and envelope. */
public record VoiceMessage(String id, Envelope envelope, boolean isNew, long millis, Path audio) {
}
