package org.branchline.voicemail.internal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.branchline.persistence.H2Database;
import org.branchline.persistence.Transactions;
import org.branchline.voicemail.internal.notify.NotificationSettings.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** vm_notification on H2 through EclipseLink, as in the server. */
class JpaNotificationStoreTest {
    private static final NotificationSettings ESCALATION = new NotificationSettings(Mode.ESCALATION,
            List.of("jsmith", "7165552000@txt.att.net"), List.of(
                    new EscalationLevel(List.of("drsmith", "drsmith@example.com"), Duration.ofMinutes(15), 2, true),
                    new EscalationLevel(List.of(), Duration.ofMinutes(5), 0, false),
                    new EscalationLevel(List.of("office"), Duration.ofMinutes(1), 99, false)));

    private final H2Database h2 = H2Database.migrated("voicemail", "branchline-voicemail");
    private final JpaNotificationStore store = new JpaNotificationStore(new Transactions(h2.factory));

    @AfterEach
    void close() throws SQLException {
        h2.close();
    }

    @Test
    void aUserWithoutSettingsIsDisabled() {
        assertEquals(NotificationSettings.disabled(), store.get("jsmith"));
    }

    @Test
    void settingsComeBackAsTheyWereStored() throws SQLException {
        store.put("jsmith", ESCALATION);
        assertEquals(ESCALATION, new JpaNotificationStore(new Transactions(h2.factory)).get("jsmith"));
        assertEquals("900 2 continue drsmith drsmith@example.com\n300 0 stop\n60 99 stop office",
                h2.text("SELECT levels_text FROM vm_notification"));
        NotificationSettings notification = new NotificationSettings(Mode.NOTIFICATION, List.of("a@b.c"), List.of());
        store.put("jsmith", notification);
        assertEquals(notification, store.get("jsmith"));
    }

    @Test
    void disablingWithNothingKeptLeavesNoRow() throws SQLException {
        store.put("jsmith", ESCALATION);
        store.put("jsmith", NotificationSettings.disabled());
        assertEquals(0, h2.rows("vm_notification"));
        assertEquals(NotificationSettings.disabled(), store.get("jsmith"));
    }
}
