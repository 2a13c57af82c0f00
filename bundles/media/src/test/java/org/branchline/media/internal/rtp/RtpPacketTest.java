package org.branchline.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtpPacketTest {
    private final RtpPacket packet = new RtpPacket();

    private static byte[] packet(int payloadBytes) {
        byte[] data = new byte[12 + payloadBytes];
        RtpPacket.writeHeader(data, true, 8, 65535, 0xFFFFFFF0L, 0xCAFEBABE);
        return data;
    }

    @Test
    void writtenHeaderParsesBack() {
        byte[] data = packet(160);
        assertTrue(packet.parse(data, 0, data.length));
        assertTrue(packet.marker());
        assertEquals(8, packet.payloadType());
        assertEquals(65535, packet.sequence());
        assertEquals(0xFFFFFFF0L, packet.timestamp());
        assertEquals(0xCAFEBABE, packet.ssrc());
        assertEquals(12, packet.payloadOffset());
        assertEquals(160, packet.payloadLength());
        assertNull(packet.rejection());
    }

    @Test
    void headerBytesAreRfc3550() {
        byte[] data = new byte[12];
        assertEquals(12, RtpPacket.writeHeader(data, false, 0, 0x1234, 0x01020304L, 0x0A0B0C0D));
        assertEquals(0x80, data[0] & 0xFF);
        assertEquals(0x00, data[1]);
        assertEquals(0x12, data[2]);
        assertEquals(0x34, data[3]);
        assertEquals(0x04, data[7]);
        assertEquals(0x0D, data[11]);
    }

    @Test
    void csrcsExtensionAndPaddingAreSkipped() {
        byte[] data = new byte[12 + 8 + 4 + 8 + 20 + 4];
        RtpPacket.writeHeader(data, false, 0, 1, 2, 3);
        data[0] = (byte) (0x80 | 0x20 | 0x10 | 2);
        data[12 + 8 + 3] = 2;
        data[data.length - 1] = 4;
        assertTrue(packet.parse(data, 0, data.length), packet.rejection());
        assertEquals(12 + 8 + 4 + 8, packet.payloadOffset());
        assertEquals(20, packet.payloadLength());
    }

    @Test
    void offsetsIndexTheGivenArray() {
        byte[] data = new byte[100];
        System.arraycopy(packet(20), 0, data, 50, 32);
        assertTrue(packet.parse(data, 50, 32));
        assertEquals(62, packet.payloadOffset());
        ByteBuffer buffer = ByteBuffer.wrap(data, 50, 32);
        assertTrue(packet.parse(buffer));
        assertEquals(62, packet.payloadOffset());
    }

    @Test
    void garbageIsRefusedWithAReason() {
        assertFalse(packet.parse(new byte[11], 0, 11));
        assertEquals("shorter than an RTP header", packet.rejection());
        byte[] v1 = packet(4);
        v1[0] = 0x40;
        assertFalse(packet.parse(v1, 0, v1.length));
        assertEquals("version 1", packet.rejection());
        byte[] rtcp = packet(4);
        rtcp[1] = (byte) 200;
        assertFalse(packet.parse(rtcp, 0, rtcp.length));
        byte[] padding = packet(4);
        padding[0] |= 0x20;
        padding[15] = 9;
        assertFalse(packet.parse(padding, 0, padding.length));
        assertEquals("bad padding", packet.rejection());
        byte[] csrcs = packet(4);
        csrcs[0] |= 0x0F;
        assertFalse(packet.parse(csrcs, 0, csrcs.length));
        assertFalse(packet.parse(csrcs, 10, 100));
        assertFalse(packet.parse(ByteBuffer.allocateDirect(20)));
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(42);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] data = new byte[random.nextInt(80)];
            random.nextBytes(data);
            if (random.nextBoolean() && data.length > 0) {
                data[0] = (byte) (0x80 | data[0] & 0x3F);
            }
            if (packet.parse(data, 0, data.length)) {
                accepted++;
                assertTrue(packet.payloadOffset() + packet.payloadLength() <= data.length);
                assertTrue(packet.payloadLength() >= 0);
            } else {
                assertNotNull(packet.rejection());
            }
        }
        assertTrue(accepted > 1000);
    }
}
