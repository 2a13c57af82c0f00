package org.branchline.media.internal.rtp;

import java.nio.ByteBuffer;

/**
 * An RTP header (RFC 3550 §5.1) read in place: one instance is reused for every packet of a session, and the
 * payload stays in the caller's array at {@link #payloadOffset()}. Parsing never throws; a packet that is not RTP
 * is refused with a reason.
 */
public final class RtpPacket {
    public static final int HEADER_BYTES = 12;

    private boolean marker;
    private int payloadType;
    private int sequence;
    private long timestamp;
    private int ssrc;
    private int payloadOffset;
    private int payloadLength;
    private String rejection;

    /** Reads {@code length} bytes at {@code offset}; false (see {@link #rejection()}) if they are not RTP. */
    public boolean parse(byte[] data, int offset, int length) {
        if (data == null || offset < 0 || length < 0 || offset > data.length - length) {
            return reject("bad bounds");
        }
        if (length < HEADER_BYTES) {
            return reject("shorter than an RTP header");
        }
        int first = data[offset] & 0xFF;
        if (first >> 6 != 2) {
            return reject("version " + (first >> 6));
        }
        int second = data[offset + 1] & 0xFF;
        if (second >= 200 && second <= 204) {
            return reject("RTCP packet type " + second);
        }
        int start = offset + HEADER_BYTES + 4 * (first & 0x0F);
        int end = offset + length;
        if ((first & 0x10) != 0) {
            if (start + 4 > end) {
                return reject("extension header beyond the packet");
            }
            start += 4 + 4 * (((data[start + 2] & 0xFF) << 8) | (data[start + 3] & 0xFF));
        }
        if (start > end) {
            return reject("CSRC list or extension beyond the packet");
        }
        if ((first & 0x20) != 0) {
            int padding = data[end - 1] & 0xFF;
            if (padding == 0 || padding > end - start) {
                return reject("bad padding");
            }
            end -= padding;
        }
        marker = (second & 0x80) != 0;
        payloadType = second & 0x7F;
        sequence = readShort(data, offset + 2);
        timestamp = readInt(data, offset + 4) & 0xFFFFFFFFL;
        ssrc = readInt(data, offset + 8);
        payloadOffset = start;
        payloadLength = end - start;
        rejection = null;
        return true;
    }

    /** Reads the remaining bytes of a heap buffer; offsets then index its backing array. */
    public boolean parse(ByteBuffer buffer) {
        if (!buffer.hasArray()) {
            return reject("not a heap buffer");
        }
        return parse(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
    }

    private boolean reject(String reason) {
        rejection = reason;
        return false;
    }

    /** Writes a 12-byte header without CSRCs, extension or padding at the start of {@code out}. */
    public static int writeHeader(byte[] out, boolean marker, int payloadType, int sequence, long timestamp,
            int ssrc) {
        out[0] = (byte) 0x80;
        out[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        out[2] = (byte) (sequence >> 8);
        out[3] = (byte) sequence;
        writeInt(out, 4, (int) timestamp);
        writeInt(out, 8, ssrc);
        return HEADER_BYTES;
    }

    static int readShort(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    static int readInt(byte[] data, int at) {
        return (readShort(data, at) << 16) | readShort(data, at + 2);
    }

    static void writeInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >> 24);
        out[at + 1] = (byte) (value >> 16);
        out[at + 2] = (byte) (value >> 8);
        out[at + 3] = (byte) value;
    }

    public boolean marker() {
        return marker;
    }

    public int payloadType() {
        return payloadType;
    }

    /** 0 to 65535. */
    public int sequence() {
        return sequence;
    }

    /** 0 to 2³² − 1. */
    public long timestamp() {
        return timestamp;
    }

    public int ssrc() {
        return ssrc;
    }

    /** Where the payload starts in the parsed array. */
    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }

    /** Why the last parse failed, or null after a success. */
    public String rejection() {
        return rejection;
    }
}
