package org.branchline.media.internal.codec;

/**
 * An RTP audio codec between our internal form (8 kHz signed 16-bit PCM) and RTP payloads. All three codecs
 * map one payload byte to one 8 kHz sample, so a 20 ms frame of 160 samples is 160 bytes.
 */
public interface Codec {
    /** The SDP encoding name, e.g. "PCMU". */
    String name();

    /** The static RTP payload type. */
    int payloadType();

    /** The RTP clock rate announced in SDP and used for timestamps (8000 for G.722 too, RFC 3551). */
    default int rtpClockRate() {
        return 8000;
    }

    /** Payload bytes of a 20 ms frame. */
    default int payloadBytes() {
        return 160;
    }

    /** Encodes all of {@code pcm8k} into the first {@code pcm8k.length} bytes of {@code payload}. */
    void encode(short[] pcm8k, byte[] payload);

    /**
     * Decodes {@code length} received bytes into the start of {@code pcm8k}; a payload shorter than the
     * frame leaves the rest silent, a longer one is cut at the frame's end.
     */
    void decode(byte[] payload, int offset, int length, short[] pcm8k);

    /** A new instance with its own state, for one direction of one session. */
    Codec fresh();
}
