package org.branchline.api.media;

/**
 * Who hears a session seated in a {@link ConferenceBridge}: everyone seated, nobody (a listener, as a call monitor),
 * or one other seated session only (a whisper: a supervisor coaching an agent without the caller hearing). Whatever
 * its audience, a seated session hears everyone heard by all, and whoever whispers to it.
 *
 * @param all heard by every other seated session
 * @param listener the one session that hears it, or null
 */
public record Audience(boolean all, MediaSession listener) {
    private static final Audience EVERYONE = new Audience(true, null);
    private static final Audience NOBODY = new Audience(false, null);

    public Audience {
        if (all && listener != null) {
            throw new IllegalArgumentException("heard by everyone or by one session, not both");
        }
    }

    public static Audience everyone() {
        return EVERYONE;
    }

    public static Audience nobody() {
        return NOBODY;
    }

    /** Heard by {@code session} alone, while it is seated in the same bridge; by nobody otherwise. */
    public static Audience only(MediaSession session) {
        if (session == null) {
            throw new IllegalArgumentException("whispering needs the session to whisper to");
        }
        return new Audience(false, session);
    }
}
