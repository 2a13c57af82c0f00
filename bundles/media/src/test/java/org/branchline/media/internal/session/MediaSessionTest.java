package org.branchline.media.internal.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.MediaSession.RecordEnd;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.Prompt;
import org.branchline.media.internal.codec.G722;
import org.branchline.media.internal.dsp.ToneGenerator;
import org.branchline.media.internal.prompt.EnglishSpeech;
import org.branchline.media.internal.prompt.MusicLibrary;
import org.branchline.media.internal.prompt.PromptLibrary;
import org.branchline.media.internal.rtp.Rtcp;
import org.branchline.media.internal.rtp.RtpPacket;
import org.branchline.media.internal.rtp.TelephoneEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session on real UDP sockets, facing a "phone" that is a datagram socket of the test. */
class MediaSessionTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    @TempDir
    Path folder;
    private Engine engine;
    private DatagramSocket phone;
    private MediaSession session;
    private InetSocketAddress server;

    @BeforeEach
    void open() throws Exception {
        engine = new Engine(LOOPBACK, 29000, 29099, 60, 0, new Clips(new PromptLibrary(), new EnglishSpeech(),
                new MusicLibrary(folder.resolve("moh")), "en"));
        phone = new DatagramSocket(0, LOOPBACK);
        phone.setSoTimeout(2000);
        session = engine.answer("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio " + phone.getLocalPort()
                + " RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n");
        String answer = session.answerSdp();
        int port = Integer.parseInt(answer.replaceAll("(?s).*m=audio (\\d+) .*", "$1"));
        server = new InetSocketAddress(LOOPBACK, port);
        assertTrue(answer.contains("a=rtpmap:0 PCMU/8000"), answer);
        assertTrue(answer.contains("a=rtpmap:101 telephone-event/8000"), answer);
    }

    @AfterEach
    void close() {
        session.close();
        engine.close();
        phone.close();
    }

    @Test
    void aPromptArrivesByteForByteInPcmu() throws Exception {
        byte[] prompt = new PromptLibrary().fragment("en", "mc/goodbye");
        var played = session.play(List.of(new Prompt.Phrase("mc/goodbye")), false);
        byte[] heard = receiveAudio(prompt.length + 8000);
        assertEquals(PlayEnd.FINISHED, played.get(5, TimeUnit.SECONDS).end());
        int sound = 0;
        while (prompt[sound] == (byte) 0xff) {
            sound++; // the prompt starts with a little silence, which the silence before it looks just like
        }
        int at = indexOf(heard, Arrays.copyOfRange(prompt, sound, sound + 320));
        assertTrue(at >= sound, "the prompt's first sounds never arrived");
        int start = at - sound;
        assertArrayEquals(prompt, Arrays.copyOfRange(heard, start, start + prompt.length));
    }

    @Test
    void whatThePhoneSendsIsRecordedAndForcedToDiskWhenTheRecordingEnds() throws Exception {
        Path file = folder.resolve("message.snd");
        var recorded = session.record(file, new RecordLimits(Duration.ofSeconds(1), false, Duration.ofSeconds(5), "#"));
        byte[] sent = new byte[160 * 60];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = (byte) (i * 7 % 127); // not 0x7f: µ-law's "negative zero" comes back as 0xff
        }
        for (int seq = 0; seq < 60; seq++) {
            sendRtp(0, seq, seq * 160L, Arrays.copyOfRange(sent, seq * 160, seq * 160 + 160), false);
            Thread.sleep(20);
        }
        var result = recorded.get(5, TimeUnit.SECONDS);
        assertEquals(RecordEnd.MAXIMUM_TIME, result.end());
        assertEquals(1000, result.millis());
        byte[] kept = Files.readAllBytes(file);
        assertEquals(8000, kept.length);
        int start = indexOf(kept, Arrays.copyOf(sent, 160));
        assertTrue(start >= 0, "the phone's audio is not in the recording");
        assertArrayEquals(Arrays.copyOfRange(sent, 0, 8000 - start), Arrays.copyOfRange(kept, start, 8000));
    }

    @Test
    void anRfc4733DigitStopsAPromptAndIsReadOnce() throws Exception {
        var played = session.play(List.of(new Prompt.Phrase("mc/main-menu")), true);
        byte[] event = new byte[4];
        for (int i = 0; i < 3; i++) {
            TelephoneEvents.write(event, 0, TelephoneEvents.event('5'), i == 2, 10, 160 * (i + 1));
            sendRtp(101, 100 + i, 4000, event, i == 0);
        }
        assertEquals(PlayEnd.DIGIT, played.get(2, TimeUnit.SECONDS).end());
        assertEquals('5', session.nextDigit(Duration.ofSeconds(1)).orElseThrow());
        assertTrue(session.nextDigit(Duration.ofMillis(300)).isEmpty(), "one event, one digit");
    }

    @Test
    void aPromptBegunOnTheDigitThatEndedTheLastOneIsNotStoppedByThatDigit() throws Exception {
        List<Prompt> prompt = List.of(new Prompt.Phrase("mc/main-menu"));
        Thread[] busy = new Thread[Runtime.getRuntime().availableProcessors()];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait(); // crowds the cores, so that the digit's thread is set aside at any point
                }
            });
            busy[i].start();
        }
        try {
            for (int i = 0; i < 2000; i++) {
                session.play(prompt, true);
                Thread phone = new Thread(() -> session.digit('#'));
                phone.start();
                assertEquals('#', session.nextDigit(Duration.ofSeconds(2)).orElseThrow());
                var next = session.play(prompt, true);
                phone.join();
                assertFalse(next.isDone(), "round " + i + ": the digit that ended the last prompt stopped the next");
            }
        } finally {
            for (Thread t : busy) {
                t.interrupt();
            }
        }
    }

    @Test
    void aDigitSentToThePhoneIsAnRfc4733Event() throws Exception {
        session.sendDigit('7');
        RtpPacket rtp = new RtpPacket();
        byte[] buffer = new byte[1500];
        for (int i = 0; i < 50; i++) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            phone.receive(p);
            if (rtp.parse(buffer, 0, p.getLength()) && rtp.payloadType() == 101) {
                assertEquals(TelephoneEvents.event('7'), TelephoneEvents.event(buffer, rtp.payloadOffset()));
                return;
            }
        }
        throw new AssertionError("no telephone-event packet in 50 packets");
    }

    @Test
    void aSenderReportReachesThePortAboveThePhonesRtpPort() throws Exception {
        try (DatagramSocket rtpSocket = new DatagramSocket(29500, LOOPBACK);
                DatagramSocket rtcpSocket = new DatagramSocket(29501, LOOPBACK)) {
            MediaSession other = engine.answer("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 29500 RTP/AVP 8\r\n");
            rtcpSocket.setSoTimeout(7000);
            byte[] buffer = new byte[1500];
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            rtcpSocket.receive(p);
            Rtcp.Report report = Rtcp.parse(buffer, 0, p.getLength());
            assertEquals(Rtcp.SENDER_REPORT, report.packetType());
            assertTrue(report.packetCount() >= 240, "about 250 packets in 5 s: " + report.packetCount());
            other.close();
        }
    }

    @Test
    void withoutTelephoneEventsDigitsAreHeardInTheAudio() throws Exception {
        try (DatagramSocket tones = new DatagramSocket(0, LOOPBACK)) {
            MediaSession inband = engine.answer("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio " + tones.getLocalPort()
                    + " RTP/AVP 9 0\r\n");
            assertTrue(inband.answerSdp().contains("RTP/AVP 9\r\n"), "G.722 first offered, G.722 answered");
            int port = Integer.parseInt(inband.answerSdp().replaceAll("(?s).*m=audio (\\d+) .*", "$1"));
            G722 codec = new G722();
            ToneGenerator generator = new ToneGenerator(-10);
            short[] frame = new short[160];
            byte[] payload = new byte[160];
            for (int seq = 0; seq < 25; seq++) {
                if (seq < 8) {
                    generator.dtmf('8', frame);
                } else {
                    Arrays.fill(frame, (short) 0);
                }
                codec.encode(frame, payload);
                byte[] packet = new byte[172];
                RtpPacket.writeHeader(packet, seq == 0, 9, seq, seq * 160L, 77);
                System.arraycopy(payload, 0, packet, 12, 160);
                tones.send(new DatagramPacket(packet, packet.length, new InetSocketAddress(LOOPBACK, port)));
                Thread.sleep(20);
            }
            assertEquals('8', inband.nextDigit(Duration.ofSeconds(2)).orElseThrow());
            inband.close();
        }
    }

    private void sendRtp(int payloadType, int seq, long timestamp, byte[] payload, boolean marker) throws Exception {
        byte[] packet = new byte[12 + payload.length];
        RtpPacket.writeHeader(packet, marker, payloadType, seq, timestamp, 1234);
        System.arraycopy(payload, 0, packet, 12, payload.length);
        phone.send(new DatagramPacket(packet, packet.length, server));
    }

    private byte[] receiveAudio(int bytes) throws Exception {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        RtpPacket rtp = new RtpPacket();
        byte[] buffer = new byte[1500];
        while (audio.size() < bytes) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            phone.receive(p);
            assertTrue(rtp.parse(buffer, 0, p.getLength()), rtp.rejection());
            assertEquals(0, rtp.payloadType());
            audio.write(buffer, rtp.payloadOffset(), rtp.payloadLength());
        }
        return audio.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
