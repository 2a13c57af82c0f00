package org.branchline.voicemail.internal.ivr;

import static org.branchline.voicemail.internal.ivr.Conversation.phrase;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.Prompt;
import org.branchline.voicemail.internal.mailbox.Envelope;
import org.branchline.voicemail.internal.mailbox.Mailbox;
import org.branchline.voicemail.internal.mailbox.VoiceMessage;

/**
 * Listening to messages (user guide §1.2.1): the envelope, the message, then 1 reply, 2 forward, 3 delete,
 * 4 replay, 6 next, 9 call the sender, '#' back, '*' the choices again; '*' + choice during the message.
 * A message heard is saved unless deleted.
 */
final class Listening {
    private final PostOffice office;
    private final Conversation talk;
    private final String owner;
    private final Mailbox box;

    Listening(PostOffice office, Conversation talk, String owner) {
        this.office = office;
        this.talk = talk;
        this.owner = owner;
        this.box = office.mailbox(owner);
    }

    void listen(boolean newOnes) {
        List<VoiceMessage> messages = box.messages(newOnes);
        if (messages.isEmpty()) {
            talk.say(phrase(newOnes ? "mc/no-new-messages" : "mc/no-saved-messages"));
            return;
        }
        for (int i = 0; i < messages.size(); i++) {
            if (!handle(messages.get(i), i + 1)) {
                return;
            }
        }
        talk.say(phrase("mc/no-more-messages"));
    }

    /** Plays one message and takes choices until the next message (true) or '#' (false). */
    private boolean handle(VoiceMessage message, int number) {
        Optional<Character> key = play(message, number);
        while (true) {
            char choice = key.isPresent() ? key.get() : talk.choose(phrase("mc/message-menu"));
            key = Optional.empty();
            switch (choice) {
                case '1' -> reply(message);
                case '2' -> new Sending(office, talk, owner).forward(message);
                case '3' -> {
                    box.delete(message);
                    office.changed(owner);
                    talk.say(phrase("mc/message-deleted"));
                    return true;
                }
                case '4' -> key = play(message, number);
                case '6' -> {
                    return true;
                }
                case '9' -> callSender(message);
                case '#' -> {
                    return false;
                }
                case '*' -> { }
                default -> talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    /** The envelope and the message; a choice made while it plays ('*' + choice, or the choice alone). */
    private Optional<Character> play(VoiceMessage message, int number) {
        List<Prompt> prompts = new ArrayList<>(envelope(message.envelope(), number));
        prompts.add(new Prompt.Recording(message.audio()));
        PlayEnd end = talk.call.play(prompts, true).end();
        if (message.isNew()) {
            box.markSaved(message);
            office.retrieved(owner);
        }
        if (end != PlayEnd.DIGIT) {
            return Optional.empty();
        }
        Optional<Character> key = talk.call.digit(Duration.ZERO);
        return key.filter(k -> k == '*').isPresent() ? talk.call.digit(Conversation.NEXT_DIGIT) : key;
    }

    private static List<Prompt> envelope(Envelope e, int number) {
        ZonedDateTime received = e.received().atZone(ZoneId.systemDefault());
        Prompt from = e.callerNumber() == null || e.callerNumber().isEmpty() ? phrase("mc/unknown-caller")
                : new Prompt.Digits(e.callerNumber());
        return List.of(phrase("mc/message"), new Prompt.Number(number), phrase("mc/message-from"), from,
                phrase("mc/received"), new Prompt.Date(received.toLocalDate()), phrase("mc/at"),
                new Prompt.Time(received.toLocalTime()), new Prompt.Silence(300));
    }

    private void reply(VoiceMessage message) {
        String sender = message.envelope().callerLogin();
        if (sender == null) {
            talk.say(phrase("mc/reply-not-possible"));
            return;
        }
        new Sending(office, talk, owner).replyTo(sender);
    }

    private void callSender(VoiceMessage message) {
        Envelope e = message.envelope();
        if (e.callerLogin() == null || !talk.call.transfer(e.callerNumber())) {
            talk.say(phrase("mc/reply-not-possible"));
        }
    }
}
