package org.branchline.voicemail.internal.ivr;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.KeypadUsers;
import org.branchline.api.media.Prompt;
import org.branchline.voicemail.internal.mailbox.Counts;
import org.branchline.voicemail.internal.mailbox.Mailbox;
import org.branchline.voicemail.internal.mailbox.Mailboxes;
import org.branchline.voicemail.internal.mailbox.VoiceMessage;

/** What the Message Center and call answering share: who owns which mailbox, and telling phones and alerts. */
public final class PostOffice {
    private final DirectoryLookup directory;
    final KeypadUsers users;
    private final Mailboxes mailboxes;
    private final Supplier<MessageWaiting> messageWaiting;
    private final Supplier<Alerts> alerts;

    public PostOffice(DirectoryLookup directory, KeypadUsers users, Mailboxes mailboxes,
            Supplier<MessageWaiting> messageWaiting, Supplier<Alerts> alerts) {
        this.directory = directory;
        this.users = users;
        this.mailboxes = mailboxes;
        this.messageWaiting = messageWaiting;
        this.alerts = alerts;
    }

    /** The user owning the extension, when that user has voicemail. */
    Optional<String> ownerOf(String extension) {
        return directory.extension(extension).filter(e -> e.kind() == ExtensionKind.USER)
                .map(Extension::owner).filter(owner -> settings(owner).voicemailEnabled());
    }

    /** The user's first extension. */
    public Optional<String> extensionOf(String owner) {
        return directory.extensionsOf(owner).stream().filter(e -> e.kind() == ExtensionKind.USER)
                .map(Extension::number).findFirst();
    }

    Mailbox mailbox(String owner) {
        return mailboxes.of(owner);
    }

    /** The mailbox holds the template's maximum number of messages. */
    boolean full(String owner) {
        return mailbox(owner).counts().total() >= settings(owner).maximumMessages();
    }

    MailboxSettings settings(String owner) {
        return new MailboxSettings(users.settings(owner));
    }

    DirectoryLookup directory() {
        return directory;
    }

    /** The recorded name, else the extension spoken digit by digit. */
    Prompt nameOf(String owner) {
        Mailbox box = mailbox(owner);
        if (box.greetings().hasName()) {
            return new Prompt.Recording(box.greetings().name());
        }
        return new Prompt.Digits(extensionOf(owner).orElse(""));
    }

    /** Every user who has voicemail. */
    List<String> everyone() {
        return users.loginNames().stream().filter(u -> settings(u).voicemailEnabled()).toList();
    }

    /** A new message reached {@code owner}: phones light up and alerts go out. */
    void delivered(String owner, VoiceMessage message) {
        Counts counts = changed(owner);
        Optional.ofNullable(alerts.get())
                .ifPresent(a -> a.messageLeft(owner, extensionOf(owner).orElse(""), message, counts.newMessages()));
    }

    /** The owner listened to a message: escalation stops. */
    void retrieved(String owner) {
        changed(owner);
        Optional.ofNullable(alerts.get()).ifPresent(a -> a.retrieved(owner));
    }

    /** Tells subscribed phones of the owner's extensions the mailbox's counts. */
    public Counts changed(String owner) {
        Counts counts = mailbox(owner).counts();
        MessageWaiting mwi = messageWaiting.get();
        if (mwi != null) {
            directory.extensionsOf(owner).stream().filter(e -> e.kind() == ExtensionKind.USER)
                    .forEach(e -> mwi.messages(e.number(), counts.newMessages(), counts.savedMessages()));
        }
        return counts;
    }
}
