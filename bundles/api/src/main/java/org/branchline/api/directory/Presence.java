package org.branchline.api.directory;

import java.util.Arrays;
import java.util.Optional;

/** The seven user presences of admin guide §18.1. */
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
