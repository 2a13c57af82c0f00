package org.branchline.update.internal.soap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.branchline.api.admin.ConflictException;
import org.branchline.update.RunningSoftware;
import org.branchline.update.SoftwareUpdateService;
import org.branchline.update.Update;

/** In-memory software updates for the SOAP door's tests, refusals as the real ones. */
final class FakeUpdates implements SoftwareUpdateService {
    final List<Update> history = new ArrayList<>();

    @Override
    public RunningSoftware running() {
        return new RunningSoftware("1.2.0", Map.of("branchline-sip", "1.2.1", "branchline-base", "1.2.0"));
    }

    @Override
    public Update apply(String fileName, byte[] archive, Instant activateAt) {
        if (archive.length == 0) {
            throw new ConflictException("archive", "moving from release 1.2 to 1.3 needs the Software Upgrade"
                    + " feature key");
        }
        Update u = new Update("u" + history.size(), fileName, "1.2." + archive.length, Update.Kind.PATCH,
                Map.of("branchline-sip", "1.2." + archive.length), Instant.parse("2026-11-23T10:00:00Z"),
                activateAt, null, activateAt == null ? "applied" : "scheduled");
        history.add(u);
        return u;
    }

    @Override
    public Optional<Update> scheduled() {
        return history.stream().filter(u -> "scheduled".equals(u.outcome())).findFirst();
    }

    @Override
    public boolean cancelScheduled() {
        return history.removeIf(u -> "scheduled".equals(u.outcome()));
    }

    @Override
    public List<Update> history() {
        return List.copyOf(history);
    }
}
