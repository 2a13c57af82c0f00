package org.branchline.voicemail.internal.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.voicemail.VoicemailAlerts;

/**
 * Escalation levels written one per option, e.g. {@code 10,2,continue,bob,5551234@sms.example.com}: the
 * notification period in minutes, the maximum retries, continue or stop (whether the level keeps getting alerts
 * once the next level starts), then the recipients.
 */
final class AlertLevelText {
    private static final String FORMAT = "write period-minutes,retries,continue|stop,recipient[,recipient...]";

    private AlertLevelText() {
    }

    /** Parses the levels in order; errors name {@code field}[index] and the text at fault. */
    static List<VoicemailAlerts.Level> parse(String field, List<String> texts) {
        List<VoicemailAlerts.Level> levels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            levels.add(level(field + "[" + i + "]", texts.get(i)));
        }
        return levels;
    }

    private static VoicemailAlerts.Level level(String field, String text) {
        List<String> parts = Arrays.stream(String.valueOf(text).split(",", -1)).map(String::trim).toList();
        if (parts.size() < 3) {
            throw new InvalidFieldException(field, "'" + text + "': " + FORMAT);
        }
        return new VoicemailAlerts.Level(parts.subList(3, parts.size()), number(field, text, parts.get(0)),
                number(field, text, parts.get(1)), keepsOn(field, text, parts.get(2)));
    }

    private static int number(String field, String text, String part) {
        if (!part.matches("\\d{1,6}")) {
            throw new InvalidFieldException(field, "'" + text + "': '" + part + "' is not a number; " + FORMAT);
        }
        return Integer.parseInt(part);
    }

    private static boolean keepsOn(String field, String text, String part) {
        if (!part.equalsIgnoreCase("continue") && !part.equalsIgnoreCase("stop")) {
            throw new InvalidFieldException(field, "'" + text + "': '" + part + "' is neither continue nor stop; "
                    + FORMAT);
        }
        return part.equalsIgnoreCase("continue");
    }
}
