package org.branchline.voicemail.internal.ivr;

import static org.branchline.voicemail.internal.ivr.Conversation.phrase;

import java.nio.file.Path;
import org.branchline.api.directory.Presence;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.voicemail.internal.mailbox.Greetings;

/**
 * Message Center settings (user guide §1.2.3–§1.2.4): 1 presence, 2 name recording, 3 greetings (0 default,
 * 1–7 per presence, each with record, review and 4 = announce only), 5 PIN; '#' back, '*' the choices again.
 */
final class Settings {
    private static final int SHORTEST_PIN = 5;
    private static final long SHORTEST_TAKE_MILLIS = 500;
    private final PostOffice office;
    private final Conversation talk;
    private final String owner;
    private final Greetings greetings;

    Settings(PostOffice office, Conversation talk, String owner) {
        this.office = office;
        this.talk = talk;
        this.owner = owner;
        this.greetings = office.mailbox(owner).greetings();
    }

    void menu() {
        while (true) {
            switch (talk.choose(phrase("mc/settings-menu"))) {
                case '1' -> presence();
                case '2' -> name();
                case '3' -> greetingsMenu();
                case '5' -> pin();
                case '#' -> {
                    return;
                }
                case '*' -> { }
                default -> talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    private void presence() {
        Presence now = office.directory().presence(owner).orElse(Presence.IN_OFFICE);
        talk.say(phrase("mc/presence-is"), MessageCenter.presencePhrase(now));
        while (true) {
            char key = talk.choose(phrase("mc/presence-menu"));
            if (key >= '1' && key <= '7') {
                Presence chosen = Presence.values()[key - '1'];
                office.users.setPresence(owner, chosen);
                talk.say(phrase("mc/presence-set"), MessageCenter.presencePhrase(chosen));
                return;
            } else if (key == '#') {
                return;
            } else if (key != '*') {
                talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    private void name() {
        talk.say(greetings.hasName() ? new Prompt[] {phrase("mc/your-name-is"), new Prompt.Recording(greetings.name())}
                : new Prompt[] {phrase("mc/no-name-recorded")});
        while (true) {
            switch (talk.choose(phrase("mc/name-menu"))) {
                case '2' -> recordAndSave("name", greetings.name(), "mc/record-name", "mc/name-save-menu",
                        "mc/name-saved");
                case '3' -> reviewName();
                case '#' -> {
                    return;
                }
                case '*' -> { }
                default -> talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    private void reviewName() {
        talk.say(greetings.hasName() ? new Prompt.Recording(greetings.name()) : phrase("mc/no-name-recorded"));
    }

    private void greetingsMenu() {
        while (true) {
            char key = talk.choose(phrase("mc/greetings-menu"));
            if (key >= '0' && key <= '7') {
                greeting(key - '0');
            } else if (key == '#') {
                return;
            } else if (key != '*') {
                talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    /** One greeting: only "record" until one exists; then review and announce only too. */
    private void greeting(int number) {
        talk.say(phrase("mc/greeting-for"), greetingName(number));
        while (true) {
            boolean exists = greetings.has(number);
            String menu = !exists ? "mc/greeting-none"
                    : greetings.announceOnly(number) ? "mc/greeting-menu-announce-only" : "mc/greeting-menu";
            char key = talk.choose(phrase(menu));
            if (key == '1') {
                recordAndSave("greeting-" + number, greetings.greeting(number), "mc/record-greeting",
                        "mc/greeting-save-menu", "mc/greeting-saved");
            } else if (key == '2' && exists) {
                talk.say(new Prompt.Recording(greetings.greeting(number)));
            } else if (key == '4' && exists) {
                boolean on = !greetings.announceOnly(number);
                greetings.setAnnounceOnly(number, on);
                talk.say(phrase(on ? "mc/announce-only-on" : "mc/announce-only-off"));
            } else if (key == '#') {
                return;
            } else if (key != '*') {
                talk.say(phrase("mc/invalid-choice"));
            }
        }
    }

    private static Prompt greetingName(int number) {
        return number == Greetings.DEFAULT ? phrase("mc/greeting-default")
                : MessageCenter.presencePhrase(Presence.values()[number - 1]);
    }

    /** Records a take, then 1 saves it, 2 reviews (name: 3), 3 records again (name: 2), '#' drops it. */
    private void recordAndSave(String what, Path target, String recordPrompt, String saveMenu, String saved) {
        Path take = greetings.take(what);
        Recorded recorded = record(take, recordPrompt);
        boolean name = "name".equals(what);
        while (true) {
            char key = talk.choose(phrase(saveMenu));
            if (key == '1' && recorded.millis() >= SHORTEST_TAKE_MILLIS) {
                greetings.save(take, target);
                talk.say(phrase(saved));
                return;
            } else if (key == '1') {
                talk.say(phrase("mc/nothing-recorded"));
            } else if (key == (name ? '3' : '2')) {
                talk.say(new Prompt.Recording(take));
            } else if (key == (name ? '2' : '3')) {
                recorded = record(take, recordPrompt);
            } else if (key == '#') {
                return;
            }
        }
    }

    private Recorded record(Path take, String prompt) {
        MailboxSettings settings = office.settings(owner);
        return talk.record(take, settings.messageCenterMaximum(), settings.endOnSilence(), prompt);
    }

    /** A new PIN of at least five digits, entered twice (§1.2.3). */
    private void pin() {
        String first = talk.enter(16, phrase("mc/enter-new-pin"));
        if (first.length() < SHORTEST_PIN) {
            talk.say(phrase("mc/pin-too-short"));
            return;
        }
        String again = talk.enter(16, phrase("mc/confirm-new-pin"));
        if (!first.equals(again)) {
            talk.say(phrase("mc/pin-mismatch"));
            return;
        }
        office.users.changePin(owner, first);
        talk.say(phrase("mc/pin-changed"));
    }
}
