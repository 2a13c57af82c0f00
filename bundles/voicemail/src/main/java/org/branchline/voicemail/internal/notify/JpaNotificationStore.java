package org.branchline.voicemail.internal.notify;

import org.branchline.persistence.Transactions;

/** The settings in table vm_notification; users without settings have no row. */
public final class JpaNotificationStore implements NotificationStore {
    private final Transactions transactions;

    /** The voicemail schema must be migrated already (db/voicemail, subsystem "voicemail"). */
    public JpaNotificationStore(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public NotificationSettings get(String owner) {
        NotificationEntity e = transactions.call(em -> em.find(NotificationEntity.class, owner));
        if (e == null) {
            return NotificationSettings.disabled();
        }
        return new NotificationSettings(NotificationSettings.Mode.valueOf(e.mode),
                NotificationText.readRecipients(e.recipients), NotificationText.readLevels(e.levels));
    }

    @Override
    public void put(String owner, NotificationSettings settings) {
        transactions.run(em -> {
            NotificationEntity e = em.find(NotificationEntity.class, owner);
            if (settings.equals(NotificationSettings.disabled())) {
                if (e != null) {
                    em.remove(e);
                }
                return;
            }
            if (e == null) {
                e = new NotificationEntity(owner);
                em.persist(e);
            }
            e.mode = settings.mode().name();
            e.recipients = NotificationText.writeRecipients(settings.recipients());
            e.levels = NotificationText.writeLevels(settings.levels());
        });
    }
}
