package org.branchline.sip.internal.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The dialogs each call appearance is in right now, as the call engine reports them, for BLF. */
public final class DialogEvents {
    private final Map<String, Map<String, DialogState>> byUserId = new ConcurrentHashMap<>();
    private volatile Consumer<String> changed = userId -> { };

    public void onChange(Consumer<String> listener) {
        this.changed = listener;
    }

    public void update(String userId, DialogState dialog) {
        if (userId == null) {
            return;
        }
        Map<String, DialogState> dialogs = byUserId.computeIfAbsent(userId, k -> new ConcurrentHashMap<>());
        if (DialogState.TERMINATED.equals(dialog.state())) {
            if (dialogs.remove(dialog.callId()) == null) {
                return;
            }
        } else {
            dialogs.put(dialog.callId(), dialog);
        }
        changed.accept(userId);
    }

    public List<DialogState> of(String userId) {
        Map<String, DialogState> dialogs = byUserId.get(userId);
        return dialogs == null ? List.of() : List.copyOf(dialogs.values());
    }
}
