package org.branchline.media.internal.rtp;

/** RFC 4733 telephone-event payloads for the 16 DTMF events. */
public final class TelephoneEvents {
    public static final int PAYLOAD_BYTES = 4;
    /** The volume we send: −10 dBm0. */
    public static final int VOLUME = 10;
    private static final String DIGITS = "0123456789*#ABCD";

    private TelephoneEvents() {
    }

    /** The event code of a DTMF digit (0–9, *, #, A–D, letters in either case), or −1. */
    public static int event(char digit) {
        return DIGITS.indexOf(Character.toUpperCase(digit));
    }

    /** The digit of an event code, or null for codes other than 0–15. */
    public static Character digit(int event) {
        return event >= 0 && event < DIGITS.length() ? DIGITS.charAt(event) : null;
    }

    /** Writes a 4-byte event payload at {@code offset}. */
    public static void write(byte[] out, int offset, int event, boolean end, int volume, int duration) {
        out[offset] = (byte) event;
        out[offset + 1] = (byte) ((end ? 0x80 : 0) | (volume & 0x3F));
        out[offset + 2] = (byte) (duration >> 8);
        out[offset + 3] = (byte) duration;
    }

    public static int event(byte[] payload, int offset) {
        return payload[offset] & 0xFF;
    }

    public static boolean end(byte[] payload, int offset) {
        return (payload[offset + 1] & 0x80) != 0;
    }

    public static int volume(byte[] payload, int offset) {
        return payload[offset + 1] & 0x3F;
    }

    public static int duration(byte[] payload, int offset) {
        return RtpPacket.readShort(payload, offset + 2);
    }
}
