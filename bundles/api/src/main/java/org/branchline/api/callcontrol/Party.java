package org.branchline.api.callcontrol;

/**
 * Who is at the far end of a leg, as callers and call records name them.
 *
 * @param number a station number, an extension, an outside number or an application name
 * @param name the name to show, or null
 */
public record Party(String number, String name, Kind kind) {
    /** What kind of thing the leg reaches. */
    public enum Kind {
        /** A phone: a SIP call appearance, later an analog station port. */
        STATION,
        /** An outside line: a SIP trunk dialog, a PRI B-channel, an analog trunk port. */
        LINE,
        /** A call application's media session (voicemail, an auto attendant, music on hold). */
        APPLICATION
    }

    public static Party station(String number, String name) {
        return new Party(number, name, Kind.STATION);
    }
}
