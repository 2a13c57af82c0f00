package org.branchline.voicemail;

import io.swagger.v3.oas.annotations.media.Schema;

/** A user's voice mailbox: the counts the phones' message lamp shows. */
@Schema(name = "MailboxSummary", description = "A user's voice mailbox: the counts the message lamp shows.",
        requiredProperties = {"owner", "extension", "new-messages", "saved-messages"})
public record MailboxSummary(
        @Schema(description = "Login name of the user.", example = "jsmith") String owner,
        @Schema(description = "The user's extension; null when the user has none.", example = "101", nullable = true)
        String extension,
        @Schema(description = "Messages not yet listened to.", example = "2", minimum = "0") int newMessages,
        @Schema(description = "Messages listened to and kept.", example = "5", minimum = "0") int savedMessages) {
}
