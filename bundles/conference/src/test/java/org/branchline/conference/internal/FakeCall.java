package org.branchline.conference.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallEndedException;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.MediaSession.Played;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.api.routing.Caller;

/** A caller that types the given answers (one per collect) and writes down what it hears. */
final class FakeCall implements ApplicationCall {
    final List<String> heard = new ArrayList<>();
    final Deque<String> answers;
    ConferenceBridge seatedIn;
    boolean answered;
    /** What the caller does once in the conference: hang up (throw) or wait for the bridge to close. */
    boolean hangsUpInConference = true;

    FakeCall(String... answers) {
        this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public String application() {
        return "conference-center";
    }

    @Override
    public String extension() {
        return null;
    }

    @Override
    public String instance() {
        return null;
    }

    @Override
    public boolean fromCallRoute() {
        return false;
    }

    @Override
    public Caller caller() {
        return new Caller("u-dave", "dave", "204", "Dave Guesser", true);
    }

    @Override
    public String callId() {
        return "fake";
    }

    @Override
    public void answer() {
        answered = true;
    }

    @Override
    public Played play(List<Prompt> prompts, boolean stopOnDigit) {
        for (Prompt p : prompts) {
            heard.add(p instanceof Prompt.Phrase phrase ? phrase.name() : p.toString());
        }
        return new Played(PlayEnd.FINISHED);
    }

    @Override
    public Recorded record(Path file, RecordLimits limits) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Character> digit(Duration timeout) {
        return Optional.empty();
    }

    @Override
    public String collect(int maximum, String terminators, Duration first, Duration between) {
        return answers.isEmpty() ? "" : answers.pop();
    }

    @Override
    public void clearDigits() {
    }

    @Override
    public void conference(ConferenceBridge bridge) {
        seatedIn = bridge;
        bridge.join(null).join();
        heard.add("(conference)");
        if (hangsUpInConference) {
            bridge.leave(null);
            throw new CallEndedException("hung up in the conference");
        }
    }

    @Override
    public boolean transfer(String digits) {
        return false;
    }

    @Override
    public Caller transferredBy() {
        return null;
    }

    @Override
    public org.branchline.api.callcontrol.Leg leg() {
        throw new UnsupportedOperationException("the conference center places no calls");
    }

    @Override
    public void hangUp() {
    }

    @Override
    public boolean active() {
        return true;
    }
}
