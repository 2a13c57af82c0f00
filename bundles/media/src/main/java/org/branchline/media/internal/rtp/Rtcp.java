package org.branchline.media.internal.rtp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RTCP (RFC 3550 §6): our compound reports out, the peer's sender and receiver reports in. */
public final class Rtcp {
    public static final int SENDER_REPORT = 200;
    public static final int RECEIVER_REPORT = 201;
    public static final int SOURCE_DESCRIPTION = 202;
    private static final int CNAME = 1;
    private static final int BLOCK_BYTES = 24;
    private static final long NTP_EPOCH_OFFSET_SECONDS = 2_208_988_800L;

    /** A received SR or RR; the NTP and RTP timestamps and counts are zero for an RR. */
    public record Report(int packetType, int reporterSsrc, long ntpTimestamp, long rtpTimestamp, long packetCount,
            long octetCount, List<ReportBlock> blocks) {
    }

    /** One reception report block: what the reporter received from {@code ssrc}. */
    public record ReportBlock(int ssrc, int fractionLost, int cumulativeLost, long extendedHighestSequence,
            long jitter, long lastSenderReport, long delaySinceLastSenderReport) {
    }

    private Rtcp() {
    }

    /** The 64-bit NTP timestamp of a wall clock time. */
    public static long ntpTimestamp(long epochMillis) {
        long seconds = epochMillis / 1000 + NTP_EPOCH_OFFSET_SECONDS;
        long fraction = ((epochMillis % 1000) << 32) / 1000;
        return seconds << 32 | fraction;
    }

    /**
     * Writes an SR, with one report block when {@code stats} has counted packets, followed by an SDES CNAME, at the
     * start of {@code out} (70 bytes plus the CNAME are enough); returns the length.
     */
    public static int writeSenderReport(byte[] out, int ssrc, long epochMillis, long rtpTimestamp, long packetsSent,
            long octetsSent, ReceptionStats stats, long nowNanos, String cname) {
        int blocks = stats != null && stats.received() > 0 ? 1 : 0;
        writeHeader(out, 0, blocks, SENDER_REPORT, 6 + 6 * blocks);
        RtpPacket.writeInt(out, 4, ssrc);
        long ntp = ntpTimestamp(epochMillis);
        RtpPacket.writeInt(out, 8, (int) (ntp >>> 32));
        RtpPacket.writeInt(out, 12, (int) ntp);
        RtpPacket.writeInt(out, 16, (int) rtpTimestamp);
        RtpPacket.writeInt(out, 20, (int) packetsSent);
        RtpPacket.writeInt(out, 24, (int) octetsSent);
        int at = 28;
        if (blocks == 1) {
            at = writeBlock(out, at, stats, nowNanos);
        }
        return writeCname(out, at, ssrc, cname);
    }

    /** Like {@link #writeSenderReport} for a session that has sent nothing: an RR and an SDES CNAME. */
    public static int writeReceiverReport(byte[] out, int ssrc, ReceptionStats stats, long nowNanos, String cname) {
        int blocks = stats != null && stats.received() > 0 ? 1 : 0;
        writeHeader(out, 0, blocks, RECEIVER_REPORT, 1 + 6 * blocks);
        RtpPacket.writeInt(out, 4, ssrc);
        int at = 8;
        if (blocks == 1) {
            at = writeBlock(out, at, stats, nowNanos);
        }
        return writeCname(out, at, ssrc, cname);
    }

    private static void writeHeader(byte[] out, int at, int count, int type, int lengthWordsMinusOne) {
        out[at] = (byte) (0x80 | count);
        out[at + 1] = (byte) type;
        out[at + 2] = (byte) (lengthWordsMinusOne >> 8);
        out[at + 3] = (byte) lengthWordsMinusOne;
    }

    private static int writeBlock(byte[] out, int at, ReceptionStats stats, long nowNanos) {
        RtpPacket.writeInt(out, at, stats.ssrc());
        RtpPacket.writeInt(out, at + 4, stats.fractionLost() << 24 | stats.cumulativeLost() & 0xFFFFFF);
        RtpPacket.writeInt(out, at + 8, (int) stats.extendedHighestSequence());
        RtpPacket.writeInt(out, at + 12, (int) stats.jitter());
        RtpPacket.writeInt(out, at + 16, (int) stats.lastSenderReport());
        RtpPacket.writeInt(out, at + 20, (int) stats.delaySinceLastSenderReport(nowNanos));
        return at + BLOCK_BYTES;
    }

    private static int writeCname(byte[] out, int at, int ssrc, String cname) {
        byte[] text = cname.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(text.length, 255);
        int chunkBytes = (4 + 2 + length + 1 + 3) & ~3;
        writeHeader(out, at, 1, SOURCE_DESCRIPTION, chunkBytes / 4);
        RtpPacket.writeInt(out, at + 4, ssrc);
        out[at + 8] = CNAME;
        out[at + 9] = (byte) length;
        System.arraycopy(text, 0, out, at + 10, length);
        for (int i = at + 10 + length; i < at + 4 + chunkBytes; i++) {
            out[i] = 0;
        }
        return at + 4 + chunkBytes;
    }

    /** The SR or RR that starts a compound packet, or null if the bytes are not one. Never throws. */
    public static Report parse(byte[] data, int offset, int length) {
        if (data == null || offset < 0 || length < 8 || offset > data.length - length) {
            return null;
        }
        int first = data[offset] & 0xFF;
        int type = data[offset + 1] & 0xFF;
        int bytes = 4 * (RtpPacket.readShort(data, offset + 2) + 1);
        int count = first & 0x1F;
        int blocksAt = type == SENDER_REPORT ? 28 : 8;
        boolean valid = first >> 6 == 2 && (type == SENDER_REPORT || type == RECEIVER_REPORT) && bytes <= length
                && blocksAt + count * BLOCK_BYTES <= bytes;
        if (!valid) {
            return null;
        }
        int at = offset + blocksAt;
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++, at += BLOCK_BYTES) {
            blocks.add(readBlock(data, at));
        }
        boolean sr = type == SENDER_REPORT;
        return new Report(type, RtpPacket.readInt(data, offset + 4),
                sr ? (long) RtpPacket.readInt(data, offset + 8) << 32 | unsigned(data, offset + 12) : 0,
                sr ? unsigned(data, offset + 16) : 0, sr ? unsigned(data, offset + 20) : 0,
                sr ? unsigned(data, offset + 24) : 0, List.copyOf(blocks));
    }

    private static ReportBlock readBlock(byte[] data, int at) {
        int lossWord = RtpPacket.readInt(data, at + 4);
        return new ReportBlock(RtpPacket.readInt(data, at), lossWord >>> 24, lossWord << 8 >> 8,
                unsigned(data, at + 8), unsigned(data, at + 12), unsigned(data, at + 16), unsigned(data, at + 20));
    }

    private static long unsigned(byte[] data, int at) {
        return RtpPacket.readInt(data, at) & 0xFFFFFFFFL;
    }
}
