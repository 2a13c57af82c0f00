package org.branchline.voicemail.internal.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The alerts an escalation table makes (admin guide §20.2): each populated level alerts its maximum retries
 * plus one times, a notification period apart, then the next populated level takes over; levels that continue
 * notifications are alerted with every level after them. After the last alert the escalation is over.
 */
final class EscalationPlan {

    private EscalationPlan() {
    }

    static List<AlertStep> steps(List<EscalationLevel> levels) {
        List<AlertStep> steps = new ArrayList<>();
        Set<String> continuing = new LinkedHashSet<>();
        for (EscalationLevel level : levels) {
            if (!level.populated()) {
                continue;
            }
            Set<String> entries = new LinkedHashSet<>(continuing);
            entries.addAll(level.recipients());
            AlertStep step = new AlertStep(List.copyOf(entries), level.notificationPeriod());
            for (int i = 0; i <= level.maximumRetries(); i++) {
                steps.add(step);
            }
            if (level.continueNotifications()) {
                continuing.addAll(level.recipients());
            }
        }
        return steps;
    }
}
