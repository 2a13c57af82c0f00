package org.branchline.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtcpTest {
    private static final long MS = 1_000_000L;

    @Test
    void senderReportWithoutReceptionHasNoBlockAndACname() {
        byte[] out = new byte[200];
        int length = Rtcp.writeSenderReport(out, 0x11223344, 0, 1234, 50, 8000, new ReceptionStats(), 0,
                "media@pbx");
        assertEquals(28 + 4 + 4 + 2 + 9 + 1, length);
        assertEquals(0x80, out[0] & 0xFF);
        assertEquals(200, out[1] & 0xFF);
        assertEquals(6, out[3]);
        Rtcp.Report report = Rtcp.parse(out, 0, length);
        assertEquals(Rtcp.SENDER_REPORT, report.packetType());
        assertEquals(0x11223344, report.reporterSsrc());
        assertEquals(2_208_988_800L << 32, report.ntpTimestamp());
        assertEquals(1234, report.rtpTimestamp());
        assertEquals(50, report.packetCount());
        assertEquals(8000, report.octetCount());
        assertTrue(report.blocks().isEmpty());
        assertEquals(0x81, out[28] & 0xFF);
        assertEquals(202, out[29] & 0xFF);
        assertEquals(4, out[31]);
        assertEquals(1, out[36]);
        assertEquals(9, out[37]);
        assertEquals("media@pbx", new String(out, 38, 9, StandardCharsets.UTF_8));
        assertEquals(0, out[47]);
    }

    @Test
    void senderReportCarriesTheReceptionBlock() {
        ReceptionStats stats = new ReceptionStats();
        stats.reset(0x55667788);
        for (int seq = 100; seq < 200; seq++) {
            if (seq % 10 != 0) {
                stats.update(seq, seq * 160L, seq * 20 * MS, 8000);
            }
        }
        long srNtp = Rtcp.ntpTimestamp(1_700_000_000_500L);
        stats.senderReportReceived(srNtp, 1000 * MS);
        byte[] out = new byte[200];
        int length = Rtcp.writeSenderReport(out, 1, 1_700_000_001_000L, 0, 0, 0, stats, 1500 * MS, "x");
        assertEquals(52 + 12, length);
        Rtcp.ReportBlock block = Rtcp.parse(out, 0, length).blocks().get(0);
        assertEquals(0x55667788, block.ssrc());
        assertEquals(9, block.cumulativeLost());
        assertEquals(9 * 256 / 99, block.fractionLost());
        assertEquals(199, block.extendedHighestSequence());
        assertEquals(0, block.jitter());
        assertEquals((srNtp >>> 16) & 0xFFFFFFFFL, block.lastSenderReport());
        assertEquals(32768, block.delaySinceLastSenderReport());
    }

    @Test
    void receiverReportParses() {
        ReceptionStats stats = new ReceptionStats();
        stats.reset(7);
        stats.update(1, 0, 0, 8000);
        stats.update(2, 160, 20 * MS, 8000);
        byte[] out = new byte[100];
        int length = Rtcp.writeReceiverReport(out, 9, stats, 0, "abc");
        Rtcp.Report report = Rtcp.parse(out, 0, length);
        assertEquals(Rtcp.RECEIVER_REPORT, report.packetType());
        assertEquals(9, report.reporterSsrc());
        assertEquals(1, report.blocks().size());
        assertEquals(2, report.blocks().get(0).extendedHighestSequence());
        assertEquals(0, report.ntpTimestamp());
    }

    @Test
    void ntpTimestampOfAWallClockTime() {
        long ntp = Rtcp.ntpTimestamp(1_000_250L);
        assertEquals(1000 + 2_208_988_800L, ntp >>> 32);
        assertEquals(1L << 30, ntp & 0xFFFFFFFFL);
    }

    @Test
    void garbageIsNull() {
        assertNull(Rtcp.parse(new byte[4], 0, 4));
        byte[] rtp = new byte[40];
        RtpPacket.writeHeader(rtp, false, 0, 1, 2, 3);
        assertNull(Rtcp.parse(rtp, 0, 40));
        byte[] tooManyBlocks = new byte[28];
        tooManyBlocks[0] = (byte) 0x83;
        tooManyBlocks[1] = (byte) 200;
        tooManyBlocks[3] = 6;
        assertNull(Rtcp.parse(tooManyBlocks, 0, 28));
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            byte[] data = new byte[random.nextInt(120)];
            random.nextBytes(data);
            Rtcp.parse(data, 0, data.length);
        }
    }
}
