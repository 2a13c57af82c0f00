package org.branchline.voicemail.internal.notify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Takes mail as a relay would, failing the first attempts a test asks it to, and remembers when. */
final class RecordingMailer implements Mailer {
    record Sent(long at, List<String> to, String mail) {
    }

    private final FakeScheduler clock;
    final List<Sent> sent = new ArrayList<>();
    final List<Long> attempts = new ArrayList<>();
    final List<IOException> failures = new ArrayList<>();

    RecordingMailer(FakeScheduler clock) {
        this.clock = clock;
    }

    @Override
    public String from() {
        return "voicemail@pbx.example";
    }

    @Override
    public Delivery send(List<String> recipients, String message) throws IOException {
        attempts.add(clock.now());
        if (!failures.isEmpty()) {
            throw failures.remove(0);
        }
        sent.add(new Sent(clock.now(), recipients, message));
        return new Delivery(recipients, Map.of());
    }
}
