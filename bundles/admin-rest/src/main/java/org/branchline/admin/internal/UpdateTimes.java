package org.branchline.admin.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.branchline.api.admin.InvalidFieldException;

/** When to activate an update, as the REST and SOAP doors read it. */
public final class UpdateTimes {
    private UpdateTimes() {
    }

    /** An instant (2026-11-24T07:00:00Z) or the server's local time (2026-11-24T02:00); none when blank. */
    public static Optional<Instant> activateAt(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text.strip()).atZone(ZoneId.systemDefault()).toInstant());
            } catch (DateTimeParseException again) {
                throw new InvalidFieldException("activate-at", "is not a time like 2026-11-24T02:00 (local) or"
                        + " 2026-11-24T07:00:00Z");
            }
        }
    }
}
