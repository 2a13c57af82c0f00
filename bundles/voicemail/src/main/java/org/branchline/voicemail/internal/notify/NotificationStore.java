package org.branchline.voicemail.internal.notify;

/** Each user's notification and escalation settings. */
public interface NotificationStore {

    /** {@link NotificationSettings#disabled()} for a user without settings. */
    NotificationSettings get(String owner);

    /** Putting {@link NotificationSettings#disabled()} forgets the user's settings. */
    void put(String owner, NotificationSettings settings);
}
