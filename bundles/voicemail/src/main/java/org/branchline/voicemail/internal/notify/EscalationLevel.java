package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.util.List;

/**
 * One row of the escalation table (admin guide §20.2). A level without recipients is not populated and is
 * skipped.
 *
 * @param notificationPeriod the time from each alert of this level to the next alert
 * @param maximumRetries the alerts after the first before escalating to the next level
 * @param continueNotifications whether these recipients keep being alerted with the levels after
 */
public record EscalationLevel(List<String> recipients, Duration notificationPeriod, int maximumRetries,
        boolean continueNotifications) {

    public EscalationLevel {
        recipients = List.copyOf(recipients);
    }

    public boolean populated() {
        return !recipients.isEmpty();
    }
}
