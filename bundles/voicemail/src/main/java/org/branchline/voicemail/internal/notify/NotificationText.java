package org.branchline.voicemail.internal.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lists of {@link NotificationSettings} as text columns. Entries never contain white space, so recipients
 * are entries separated by spaces, and levels are one line each:
 * {@code <period seconds> <maximum retries> continue|stop <entry> <entry>...}, e.g.
 * {@code 900 2 continue drsmith 7165552000@txt.att.net}.
 */
final class NotificationText {
    private static final String CONTINUE = "continue";
    private static final String STOP = "stop";

    private NotificationText() {
    }

    static String writeRecipients(List<String> entries) {
        return String.join(" ", entries);
    }

    static List<String> readRecipients(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split(" +"));
    }

    static String writeLevels(List<EscalationLevel> levels) {
        List<String> lines = new ArrayList<>();
        for (EscalationLevel l : levels) {
            String head = l.notificationPeriod().toSeconds() + " " + l.maximumRetries() + " "
                    + (l.continueNotifications() ? CONTINUE : STOP);
            lines.add(l.recipients().isEmpty() ? head : head + " " + writeRecipients(l.recipients()));
        }
        return String.join("\n", lines);
    }

    static List<EscalationLevel> readLevels(String text) {
        List<EscalationLevel> levels = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                levels.add(readLevel(line.strip().split(" +")));
            }
        }
        return levels;
    }

    private static EscalationLevel readLevel(String[] words) {
        if (words.length < 3 || !words[2].equals(CONTINUE) && !words[2].equals(STOP)) {
            throw new IllegalArgumentException("not an escalation level: " + String.join(" ", words));
        }
        return new EscalationLevel(Arrays.asList(words).subList(3, words.length),
                Duration.ofSeconds(Long.parseLong(words[0])), Integer.parseInt(words[1]), words[2].equals(CONTINUE));
    }
}
