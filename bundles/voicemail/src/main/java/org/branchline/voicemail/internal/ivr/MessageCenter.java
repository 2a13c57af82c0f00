package org.branchline.voicemail.internal.ivr;

import static org.branchline.voicemail.internal.ivr.Conversation.phrase;

import java.time.Duration;
import java.util.Optional;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.directory.Presence;
import org.branchline.api.media.Prompt;
import org.branchline.voicemail.internal.mailbox.Counts;

/**
 * The Audio Message Center (user guide §1.2): login by extension and PIN, the counts and presence, and the
 * main menu: 1 new messages, 2 saved, 3 send, 4 settings, 7 outside line, '*' + extension calls it.
 */
final class MessageCenter {
    private static final int LOGIN_TRIES = 3;
    private final PostOffice office;
    private final Conversation talk;
    private final ApplicationCall call;

    MessageCenter(PostOffice office, ApplicationCall call) {
        this.office = office;
        this.talk = new Conversation(call);
        this.call = call;
    }

    void run() {
        call.answer();
        Optional<String> owner = login(call.extension());
        if (owner.isEmpty()) {
            talk.goodbye();
            return;
        }
        announce(owner.get());
        mainMenu(owner.get());
    }

    /** The owner once extension and PIN match; the extension dialed (6 + extension, 404 from a phone) is not asked. */
    private Optional<String> login(String dialedExtension) {
        talk.say(phrase("mc/welcome"));
        for (int i = 0; i < LOGIN_TRIES; i++) {
            String extension = dialedExtension != null ? dialedExtension : talk.enter(8, phrase("mc/enter-extension"));
            String pin = talk.enter(16, phrase("mc/enter-pin"));
            Optional<String> owner = office.ownerOf(extension);
            if (owner.isPresent() && office.users.pinMatches(owner.get(), pin)) {
                return owner;
            }
            talk.say(phrase("mc/login-incorrect"));
        }
        return Optional.empty();
    }

    private void announce(String owner) {
        Counts counts = office.mailbox(owner).counts();
        Presence presence = office.directory().presence(owner).orElse(Presence.IN_OFFICE);
        call.play(new Prompt[] {phrase("mc/you-have"),
            new Prompt.Count(counts.newMessages(), "mc/new-message", "mc/new-messages"), phrase("mc/and"),
            new Prompt.Count(counts.savedMessages(), "mc/saved-message", "mc/saved-messages"),
            phrase("mc/presence-is"), presencePhrase(presence)});
    }

    static Prompt presencePhrase(Presence presence) {
        return phrase("presence/" + presence.name().toLowerCase().replace('_', '-'));
    }

    private void mainMenu(String owner) {
        while (call.active()) {
            char key = talk.choose(phrase("mc/main-menu"));
            switch (key) {
                case '1' -> new Listening(office, talk, owner).listen(true);
                case '2' -> new Listening(office, talk, owner).listen(false);
                case '3' -> new Sending(office, talk, owner).compose();
                case '4' -> new Settings(office, talk, owner).menu();
                case '7' -> talk.say(phrase(office.settings(owner).outsideLines()
                        ? "mc/outside-line-unavailable" : "mc/outside-line-not-allowed"));
                case '*' -> callExtension();
                case '#' -> {
                    talk.goodbye();
                    return;
                }
                default -> talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    /** '*' then an extension calls it, unannounced (§1.2.6); '*' alone repeats the menu. */
    private void callExtension() {
        String digits = call.collect(8, "#", Duration.ofSeconds(2), Conversation.NEXT_DIGIT);
        if (!digits.isEmpty() && !call.transfer(digits)) {
            talk.say(phrase("mc/invalid-choice"));
        }
    }
}
