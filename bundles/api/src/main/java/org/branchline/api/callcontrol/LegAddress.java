package org.branchline.api.callcontrol;

/**
 * Where a leg provider can originate a leg: {@code technology} names the provider (its
 * {@link LegProvider#TECHNOLOGIES}), {@code target} what it reaches there.
 */
public record LegAddress(String technology, String target) {
    /** The SIP core's phones of one call appearance (station number). */
    public static final String STATION = "station";
    /** An extension's call route, as the internal dial plan names it (the phones its route rings). */
    public static final String EXTENSION = "extension";

    public LegAddress {
        if (technology == null || technology.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a leg address needs a technology and a target");
        }
    }

    public static LegAddress station(String userId) {
        return new LegAddress(STATION, userId);
    }

    public static LegAddress extension(String extension) {
        return new LegAddress(EXTENSION, extension);
    }

    @Override
    public String toString() {
        return technology + ":" + target;
    }
}
