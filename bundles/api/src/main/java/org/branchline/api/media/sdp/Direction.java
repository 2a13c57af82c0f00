package org.branchline.api.media.sdp;

import java.util.Locale;
import java.util.Optional;

/** Which way a stream's media flows, seen from the side that wrote the description (RFC 3264 §5.1). */
public enum Direction {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The attribute name: {@code sendrecv}, {@code sendonly}, {@code recvonly}, {@code inactive}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The direction an answer takes to an offer in this direction (RFC 3264 §6.1). */
    public Direction answer() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** The direction an a= line names ({@code a=sendonly}), if it names one. */
    static Optional<Direction> of(String line) {
        return switch (line.strip()) {
            case "a=sendrecv" -> Optional.of(SENDRECV);
            case "a=sendonly" -> Optional.of(SENDONLY);
            case "a=recvonly" -> Optional.of(RECVONLY);
            case "a=inactive" -> Optional.of(INACTIVE);
            default -> Optional.empty();
        };
    }
}
