package org.branchline.conference.internal;

import static org.branchline.api.media.Prompt.phrase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.media.Prompt;

/**
 * One caller at the conference center (user guide 2.3.3): welcome, the conference ID, a seat, the password,
 * then the conference until the caller hangs up or the conference ends. Three wrong answers end the call.
 */
final class ConferenceCall {
    private static final Logger LOG = Logger.getLogger(ConferenceCall.class.getName());
    static final int ATTEMPTS = 3;
    private static final int MAXIMUM_DIGITS = 12;
    private static final Duration FIRST_DIGIT = Duration.ofSeconds(10);
    private static final Duration NEXT_DIGIT = Duration.ofSeconds(5);
    private final ApplicationCall call;
    private final Unscheduled conferences;
    private final Rooms rooms;

    ConferenceCall(ApplicationCall call, Unscheduled conferences, Rooms rooms) {
        this.call = call;
        this.conferences = conferences;
        this.rooms = rooms;
    }

    void run() {
        call.answer();
        call.play(phrase("conf/welcome"));
        Optional<String> id = ask("conf/enter-id", "conf/invalid-id", conferences::exists);
        if (id.isEmpty()) {
            goodbye("no conference ID");
            return;
        }
        if (!rooms.hasSeat(id.get())) {
            full(id.get());
            return;
        }
        if (ask("conf/enter-pin", "conf/invalid-pin", pin -> conferences.admits(id.get(), pin)).isEmpty()) {
            goodbye("no valid password for conference " + id.get());
            return;
        }
        rooms.enter(id.get()).ifPresentOrElse(this::join, () -> full(id.get()));
    }

    private void join(Rooms.Room room) {
        LOG.info(() -> "Conference center: " + who() + " joins conference " + room.id() + " (call " + call.callId()
                + ")");
        try {
            call.play(greeting(room.bridge().participants()), true);
            call.conference(room.bridge());
        } catch (IllegalStateException closedMeanwhile) {
            call.play(List.of(phrase("conf/ended")), false);
        } finally {
            rooms.leave(room);
        }
    }

    /** "You are now entering the conference", and who is there already. */
    static List<Prompt> greeting(int others) {
        List<Prompt> prompts = new ArrayList<>(List.of(phrase("conf/joining")));
        if (others == 0) {
            prompts.add(phrase("conf/first-participant"));
        } else {
            prompts.add(phrase(others == 1 ? "conf/there-is" : "conf/there-are"));
            prompts.add(new Prompt.Number(others));
            prompts.add(phrase(others == 1 ? "conf/participant" : "conf/participants"));
        }
        return prompts;
    }

    /** Asks up to three times for digits ended by #; empty when no answer was valid. */
    private Optional<String> ask(String prompt, String invalid, Predicate<String> valid) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            call.play(phrase(prompt));
            String digits = call.collect(MAXIMUM_DIGITS, "#", FIRST_DIGIT, NEXT_DIGIT);
            if (!digits.isEmpty() && valid.test(digits)) {
                return Optional.of(digits);
            }
            call.play(phrase(invalid));
        }
        return Optional.empty();
    }

    private void full(String id) {
        LOG.info(() -> "Conference center: " + who() + " turned away, conference " + id + " is full");
        call.play(List.of(phrase("conf/full"), phrase("common/goodbye")), false);
    }

    private void goodbye(String why) {
        LOG.info(() -> "Conference center: " + who() + " refused after " + ATTEMPTS + " tries, " + why);
        call.play(List.of(phrase("common/goodbye")), false);
    }

    private String who() {
        return call.caller().number();
    }
}
