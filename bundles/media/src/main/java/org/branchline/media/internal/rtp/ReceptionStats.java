package org.branchline.media.internal.rtp;

/**
 * What we received from one source, for RTCP reception reports: sequence tracking with probation and
 * restart after a big jump (RFC 3550 A.1), loss (A.3) and interarrival jitter (A.8). A new source starts on
 * probation: its first packet is not counted, the second in sequence starts the counts.
 */
public final class ReceptionStats {
    private static final int SEQ_MOD = 1 << 16;
    private static final int MAX_DROPOUT = 3000;
    private static final int MAX_MISORDER = 100;
    private static final int MIN_SEQUENTIAL = 2;
    private static final long NTP_UNITS_PER_SECOND = 65536;

    private int ssrc;
    private boolean seen;
    private int probation;
    private int maxSeq;
    private long cycles;
    private int baseSeq;
    private int badSeq;
    private long received;
    private long expectedPrior;
    private long receivedPrior;
    private long firstArrivalNanos;
    private boolean haveTransit;
    private int transit;
    private long scaledJitter;
    private long lastSr;
    private long lastSrArrivalNanos;

    /** Forgets everything and follows a new source. */
    public void reset(int ssrc) {
        this.ssrc = ssrc;
        seen = false;
        received = 0;
        haveTransit = false;
        scaledJitter = 0;
        lastSr = 0;
    }

    /** Counts one packet; false while the source is on probation or when the packet is out of any sequence. */
    public boolean update(int seq, long rtpTimestamp, long arrivalNanos, int clockRate) {
        if (!seen) {
            seen = true;
            firstArrivalNanos = arrivalNanos;
            maxSeq = seq - 1;
            probation = MIN_SEQUENTIAL;
        }
        if (!sequence(seq & 0xFFFF)) {
            return false;
        }
        received++;
        jitter(rtpTimestamp, arrivalNanos, clockRate);
        return true;
    }

    private boolean sequence(int seq) {
        int delta = (seq - maxSeq) & 0xFFFF;
        if (probation > 0) {
            boolean inOrder = seq == ((maxSeq + 1) & 0xFFFF);
            probation = inOrder ? probation - 1 : MIN_SEQUENTIAL - 1;
            maxSeq = seq;
            if (probation > 0) {
                return false;
            }
            start(seq);
        } else if (delta < MAX_DROPOUT) {
            if (seq < maxSeq) {
                cycles += SEQ_MOD;
            }
            maxSeq = seq;
        } else if (delta <= SEQ_MOD - MAX_MISORDER) {
            if (seq != badSeq) {
                badSeq = (seq + 1) & 0xFFFF;
                return false;
            }
            start(seq);
        }
        return true;
    }

    private void start(int seq) {
        baseSeq = seq;
        maxSeq = seq;
        badSeq = SEQ_MOD + 1;
        cycles = 0;
        received = 0;
        expectedPrior = 0;
        receivedPrior = 0;
    }

    private void jitter(long rtpTimestamp, long arrivalNanos, int clockRate) {
        long arrival = (arrivalNanos - firstArrivalNanos) / 1000 * clockRate / 1_000_000;
        int newTransit = (int) (arrival - rtpTimestamp);
        if (haveTransit) {
            scaledJitter += Math.abs(newTransit - transit) - ((scaledJitter + 8) >> 4);
        }
        transit = newTransit;
        haveTransit = true;
    }

    /** Notes the NTP timestamp of a sender report from this source, for LSR and DLSR. */
    public void senderReportReceived(long ntpTimestamp, long arrivalNanos) {
        lastSr = (ntpTimestamp >>> 16) & 0xFFFFFFFFL;
        lastSrArrivalNanos = arrivalNanos;
    }

    public int ssrc() {
        return ssrc;
    }

    /** Packets counted since the source passed probation (duplicates included, as in A.3). */
    public long received() {
        return received;
    }

    public long extendedHighestSequence() {
        return cycles + maxSeq;
    }

    public long expected() {
        return received == 0 ? 0 : extendedHighestSequence() - baseSeq + 1;
    }

    /** Packets lost since the start, clamped to the 24-bit signed field; negative with duplicates. */
    public int cumulativeLost() {
        return (int) Math.max(-0x800000, Math.min(0x7FFFFF, expected() - received));
    }

    /** Loss since the previous call, in 256ths; each call starts a new report interval. */
    public int fractionLost() {
        long expectedInterval = expected() - expectedPrior;
        long lostInterval = expectedInterval - (received - receivedPrior);
        expectedPrior = expected();
        receivedPrior = received;
        return expectedInterval <= 0 || lostInterval <= 0 ? 0 : (int) ((lostInterval << 8) / expectedInterval);
    }

    /** Interarrival jitter in RTP timestamp units. */
    public long jitter() {
        return scaledJitter >> 4;
    }

    /** The middle 32 bits of the last sender report's NTP timestamp, 0 if none. */
    public long lastSenderReport() {
        return lastSr;
    }

    /** Time since the last sender report arrived in 1/65536 s, 0 if none. */
    public long delaySinceLastSenderReport(long nowNanos) {
        return lastSr == 0 ? 0 : (nowNanos - lastSrArrivalNanos) * NTP_UNITS_PER_SECOND / 1_000_000_000L;
    }
}
