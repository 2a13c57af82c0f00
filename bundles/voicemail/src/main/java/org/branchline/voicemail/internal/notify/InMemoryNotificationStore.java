package org.branchline.voicemail.internal.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryNotificationStore implements NotificationStore {
    private final Map<String, NotificationSettings> settings = new ConcurrentHashMap<>();

    @Override
    public NotificationSettings get(String owner) {
        return settings.getOrDefault(owner, NotificationSettings.disabled());
    }

    @Override
    public void put(String owner, NotificationSettings s) {
        if (s.equals(NotificationSettings.disabled())) {
            settings.remove(owner);
        } else {
            settings.put(owner, s);
        }
    }
}
