package org.branchline.voicemail.internal.ivr;

import static org.branchline.voicemail.internal.ivr.Conversation.phrase;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.branchline.api.callcontrol.CallEndedException;
import org.branchline.api.media.MediaSession.RecordEnd;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.voicemail.internal.mailbox.Envelope;
import org.branchline.voicemail.internal.mailbox.Mailbox;
import org.branchline.voicemail.internal.mailbox.VoiceMessage;

/**
 * Sending, forwarding and replying (user guide §1.2.1–§1.2.2): the recipients by extension (9 = every user when
 * permitted, '#' when done), the recording, then 1 (or hanging up) sends, 2 reviews, 3 records again,
 * '#' cancels, '*' repeats the choices. A forwarded message is the new recording followed by the original.
 */
final class Sending {
    private static final String EVERYONE = "9";
    private static final long SHORTEST_MILLIS = 500;
    private final PostOffice office;
    private final Conversation talk;
    private final String owner;

    Sending(PostOffice office, Conversation talk, String owner) {
        this.office = office;
        this.talk = talk;
        this.owner = owner;
    }

    void compose() {
        send(recipients(), null);
    }

    void forward(VoiceMessage original) {
        send(recipients(), original);
    }

    void replyTo(String sender) {
        send(Set.of(sender), null);
    }

    private Set<String> recipients() {
        Set<String> chosen = new LinkedHashSet<>();
        boolean toAll = office.settings(owner).sendToAll();
        String entered = talk.enter(8, phrase("mc/enter-recipient"));
        while (!entered.isEmpty()) {
            if (entered.equals(EVERYONE) && toAll) {
                chosen.addAll(office.everyone());
                talk.say(phrase("mc/all-users"));
            } else {
                Optional<String> recipient = office.ownerOf(entered);
                recipient.ifPresent(chosen::add);
                talk.say(recipient.map(office::nameOf).orElse(phrase("mc/no-such-mailbox")));
            }
            entered = talk.enter(8, phrase(toAll ? "mc/enter-another-recipient" : "mc/enter-another-recipient-no-all"));
        }
        return chosen;
    }

    private void send(Set<String> recipients, VoiceMessage original) {
        if (recipients.isEmpty()) {
            talk.say(phrase("mc/no-recipients"));
            return;
        }
        Mailbox mine = office.mailbox(owner);
        Path take = mine.greetings().take("outgoing");
        Recorded recorded = record(take);
        while (recorded.end() != RecordEnd.CLOSED) {
            char choice = sendMenu();
            if (choice == '1') {
                break;
            } else if (choice == '2') {
                talk.call.play(List.of(new Prompt.Recording(take)), true);
            } else if (choice == '3') {
                recorded = record(take);
            } else if (choice == '#') {
                talk.say(phrase("mc/message-cancelled"));
                return;
            }
        }
        if (recorded.millis() < SHORTEST_MILLIS) {
            sayQuietly(phrase("mc/nothing-recorded"));
            return;
        }
        deliver(recipients, take, recorded.millis(), original);
    }

    /** The send choices; hanging up here sends. */
    private char sendMenu() {
        try {
            return talk.choose(phrase("mc/send-menu"));
        } catch (CallEndedException hungUp) {
            return '1';
        }
    }

    private Recorded record(Path take) {
        MailboxSettings settings = office.settings(owner);
        return talk.record(take, settings.messageCenterMaximum(), settings.endOnSilence(), "mc/record-after-tone");
    }

    private void deliver(Set<String> recipients, Path take, long millis, VoiceMessage original) {
        Envelope from = new Envelope(office.extensionOf(owner).orElse(""), office.users.fullName(owner).orElse(null),
                owner, java.time.Instant.now());
        Path[] parts = original == null ? new Path[] {take} : new Path[] {take, original.audio()};
        long length = millis + (original == null ? 0 : original.millis());
        for (String recipient : recipients) {
            Mailbox box = office.mailbox(recipient);
            if (office.full(recipient)) {
                sayQuietly(phrase("mc/mailbox-full-for"), office.nameOf(recipient));
                continue;
            }
            office.delivered(recipient, box.deliver(from, length, parts));
        }
        sayQuietly(phrase("mc/message-sent"));
    }

    /** Sending goes on even when the sender hung up after recording. */
    private void sayQuietly(Prompt... prompts) {
        if (talk.call.active()) {
            talk.say(prompts);
        }
    }
}
