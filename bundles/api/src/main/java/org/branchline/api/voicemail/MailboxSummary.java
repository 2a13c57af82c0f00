package org.branchline.api.voicemail;

/** A user's voice mailbox: the counts the phones' message lamp shows. */
public record MailboxSummary(String owner, String extension, int newMessages, int savedMessages) {
}
