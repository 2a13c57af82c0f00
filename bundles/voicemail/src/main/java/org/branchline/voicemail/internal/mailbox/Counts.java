package org.branchline.voicemail.internal.mailbox;

public record Counts(int newMessages, int savedMessages) {
    public int total() {
        return newMessages + savedMessages;
    }
}
