package org.branchline.voicemail.internal.ivr;

import static org.branchline.voicemail.internal.ivr.Conversation.phrase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.media.MediaSession.RecordEnd;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.api.routing.Caller;
import org.branchline.voicemail.internal.mailbox.Draft;
import org.branchline.voicemail.internal.mailbox.Envelope;
import org.branchline.voicemail.internal.mailbox.Greetings;
import org.branchline.voicemail.internal.mailbox.Mailbox;

/**
 * A caller leaving a message (user guide §1.3): the greeting for the callee's presence, then the message.
 * During the greeting '#' skips it, '*' + extension transfers at once, 0 reaches the operator and 3 + extension
 * leaves the message in that extension's mailbox instead; '*' or 0 pressed during or after the message
 * delivers it first, then transfers.
 */
final class CallAnswering {
    static final Duration SILENCE = Duration.ofSeconds(5);
    private static final long SHORTEST_MESSAGE_MILLIS = 1000;
    private final PostOffice office;
    private final Conversation talk;
    private final ApplicationCall call;

    CallAnswering(PostOffice office, ApplicationCall call) {
        this.office = office;
        this.talk = new Conversation(call);
        this.call = call;
    }

    void run(String extension) {
        Optional<String> owner = extension == null ? Optional.empty() : office.ownerOf(extension);
        if (owner.isEmpty()) {
            talk.say(phrase("vm/no-mailbox"));
            return;
        }
        String mailboxOwner = owner.get();
        Greetings greetings = office.mailbox(mailboxOwner).greetings();
        int greeting = greetingFor(mailboxOwner, greetings);
        boolean announceOnly = greeting >= 0 && greetings.announceOnly(greeting);
        if (!announceOnly && office.full(mailboxOwner)) {
            talk.say(phrase("vm/mailbox-full"));
            return;
        }
        call.answer();
        call.play(greetingPrompts(extension, mailboxOwner, greetings, greeting), true);
        Optional<Character> key = call.digit(Duration.ofMillis(200));
        if (key.isPresent() && key.get() != '#' && escape(key.get(), mailboxOwner)) {
            return;
        }
        if (announceOnly) {
            afterAnnouncement(mailboxOwner);
            return;
        }
        leave(extension, mailboxOwner);
    }

    /** The greeting recorded for the owner's presence, else the default one, else -1 (none). */
    private int greetingFor(String owner, Greetings greetings) {
        int forPresence = office.directory().presence(owner).map(p -> p.ordinal() + 1).orElse(Greetings.DEFAULT);
        if (greetings.has(forPresence)) {
            return forPresence;
        }
        return greetings.has(Greetings.DEFAULT) ? Greetings.DEFAULT : -1;
    }

    private List<Prompt> greetingPrompts(String extension, String owner, Greetings greetings, int greeting) {
        if (greeting >= 0) {
            return List.of(new Prompt.Recording(greetings.greeting(greeting)));
        }
        if (greetings.hasName()) {
            return List.of(new Prompt.Recording(greetings.name()), phrase("vm/greeting-no-recording"));
        }
        return List.of(phrase("vm/extension"), new Prompt.Digits(extension), phrase("vm/greeting-no-recording"));
    }

    /** An announce-only greeting: the caller may still dial on, else hears goodbye. */
    private void afterAnnouncement(String owner) {
        Optional<Character> key = call.digit(Duration.ofSeconds(3));
        if (key.isEmpty() || !escape(key.get(), owner)) {
            talk.say(phrase("vm/announce-only-goodbye"));
        }
    }

    private void leave(String extension, String owner) {
        Mailbox box = office.mailbox(owner);
        MailboxSettings settings = office.settings(owner);
        if (office.full(owner)) {
            talk.say(phrase("vm/mailbox-full"));
            return;
        }
        call.clearDigits();
        call.play(List.of(new Prompt.Beep()), false);
        Draft draft = box.begin(envelope(call.caller()));
        Recorded recorded = call.record(draft.audio(), new RecordLimits(settings.callAnsweringMaximum(),
                settings.endOnSilence(), SILENCE, "#*0123456789"));
        if (recorded.millis() < SHORTEST_MESSAGE_MILLIS) {
            draft.discard();
        } else {
            office.delivered(owner, draft.keep(recorded.millis()));
        }
        if (recorded.end() == RecordEnd.CLOSED || recorded.end() == RecordEnd.FAILED) {
            return;
        }
        afterMessage(recorded, owner);
    }

    private void afterMessage(Recorded recorded, String owner) {
        Optional<Character> key = recorded.end() == RecordEnd.DIGIT ? call.digit(Duration.ZERO) : Optional.empty();
        if (key.isPresent() && key.get() != '#' && escape(key.get(), owner)) {
            return;
        }
        talk.say(phrase("vm/message-recorded"));
        Optional<Character> then = call.digit(Duration.ofSeconds(2));
        if (then.isEmpty() || !escape(then.get(), owner)) {
            talk.goodbye();
        }
    }

    /** '*' + extension, 0 or 3 + extension: true when the call went elsewhere. */
    private boolean escape(char key, String owner) {
        if (key == '*') {
            String digits = call.collect(8, "#", Conversation.FIRST_DIGIT, Conversation.NEXT_DIGIT);
            return !digits.isEmpty() && transfer(digits);
        }
        if (key == '0') {
            String operator = office.settings(owner).operatorExtension();
            if (!operator.isEmpty() && transfer(operator)) {
                return true;
            }
            talk.say(phrase("vm/no-operator"));
            return false;
        }
        if (key == '3') {
            String digits = call.collect(8, "#", Conversation.FIRST_DIGIT, Conversation.NEXT_DIGIT);
            Optional<String> other = office.ownerOf(digits);
            if (other.isPresent()) {
                leave(digits, other.get());
                return true;
            }
        }
        return false;
    }

    private boolean transfer(String digits) {
        talk.say(phrase("vm/transferring"));
        return call.transfer(digits);
    }

    static Envelope envelope(Caller caller) {
        return new Envelope(caller.number(), caller.name(), caller.internal() ? caller.owner() : null, Instant.now());
    }
}
