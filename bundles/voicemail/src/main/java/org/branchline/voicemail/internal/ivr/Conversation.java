package org.branchline.voicemail.internal.ivr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallEndedException;
import java.nio.file.Path;
import org.branchline.api.media.MediaSession.RecordEnd;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;

/** Menus over an application call: prompts that a key press cuts short, and the keys pressed. */
final class Conversation {
    static final Duration MENU_WAIT = Duration.ofSeconds(6);
    static final Duration FIRST_DIGIT = Duration.ofSeconds(8);
    static final Duration NEXT_DIGIT = Duration.ofSeconds(4);
    private static final int MENU_TRIES = 3;
    final ApplicationCall call;

    Conversation(ApplicationCall call) {
        this.call = call;
    }

    /** Plays the menu until a key is pressed; after three silent tries the caller hears goodbye. */
    char choose(Prompt... menu) {
        for (int i = 0; i < MENU_TRIES; i++) {
            call.play(List.of(menu), true);
            Optional<Character> key = call.digit(MENU_WAIT);
            if (key.isPresent()) {
                return key.get();
            }
        }
        goodbye();
        throw new CallEndedException("no choice made");
    }

    /** Digits ended by '#' (or a pause), after the prompts. */
    String enter(int maximum, Prompt... prompts) {
        call.play(List.of(prompts), true);
        return call.collect(maximum, "#", FIRST_DIGIT, NEXT_DIGIT);
    }

    /** Prompts a key press does not cut short; keys pressed meanwhile wait for the next question. */
    void say(Prompt... prompts) {
        call.play(List.of(prompts), false);
    }

    /**
     * Records after the prompt and the tone until '#' (which is then used up), silence or the maximum time.
     * Keys typed during the prompt are forgotten: the recording starts clean.
     */
    Recorded record(Path file, Duration maximum, boolean endOnSilence, String prompt) {
        call.play(List.of(phrase(prompt), new Prompt.Beep()), false);
        call.clearDigits();
        Recorded recorded = call.record(file, new RecordLimits(maximum, endOnSilence, CallAnswering.SILENCE, "#"));
        if (recorded.end() == RecordEnd.DIGIT) {
            call.digit(Duration.ZERO);
        }
        return recorded;
    }

    void goodbye() {
        say(phrase("mc/goodbye"));
        call.hangUp();
    }

    static Prompt phrase(String name) {
        return new Prompt.Phrase(name);
    }

    static Prompt[] join(List<Prompt> first, Prompt... more) {
        List<Prompt> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(Prompt[]::new);
    }
}
