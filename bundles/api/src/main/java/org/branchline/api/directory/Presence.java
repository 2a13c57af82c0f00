package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Optional;

/** The seven user presences of admin guide §18.1. */
@Schema(name = "Presence", description = "A user's presence (admin guide §18.1): In Office, At A Meeting, On "
        + "Vacation, On Business Trip, At Home, Away, Busy. Each presence has its own greeting and call routes.",
        enumAsRef = true)
public enum Presence {
    IN_OFFICE("In Office"),
    AT_A_MEETING("At A Meeting"),
    ON_VACATION("On Vacation"),
    ON_BUSINESS_TRIP("On Business Trip"),
    AT_HOME("At Home"),
    AWAY("Away"),
    BUSY("Busy");

    private final String title;

    Presence(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Accepts "IN_OFFICE", "in-office" or "In Office". */
    public static Optional<Presence> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(t) || p.title.equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
