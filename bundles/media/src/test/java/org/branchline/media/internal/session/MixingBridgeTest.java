package org.branchline.media.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.branchline.api.media.Audience;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaSession;
import org.branchline.media.internal.codec.Codec;
import org.branchline.media.internal.codec.Codecs;
import org.branchline.media.internal.prompt.EnglishSpeech;
import org.branchline.media.internal.prompt.MusicLibrary;
import org.branchline.media.internal.prompt.PromptLibrary;
import org.branchline.media.internal.rtp.RtpPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bridge of real sessions on UDP, facing "phones" of the test that speak PCMU, PCMA and G.722. */
class MixingBridgeTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    @TempDir
    Path folder;
    private Engine engine;
    private final List<Phone> phones = new ArrayList<>();

    @BeforeEach
    void open() {
        engine = new Engine(LOOPBACK, 29200, 29299, 60, 0, new Clips(new PromptLibrary(), new EnglishSpeech(),
                new MusicLibrary(folder.resolve("moh")), "en"));
    }

    @AfterEach
    void close() {
        phones.forEach(Phone::close);
        engine.close();
    }

    @Test
    void eachHearsTheOtherTwoAndNotItself() throws Exception {
        ConferenceBridge bridge = engine.openBridge(8);
        Phone a = phone("PCMU", 0, 600);
        Phone b = phone("PCMA", 8, 1400);
        Phone c = phone("G722", 9, 2200);
        for (Phone p : phones) {
            bridge.join(p.session);
        }
        assertEquals(3, bridge.participants());
        talk(75);
        for (Phone p : phones) {
            p.heard.clear();
        }
        talk(50);
        for (Phone listener : phones) {
            for (Phone talker : phones) {
                double level = listener.level(talker.hz);
                if (listener == talker) {
                    // what is left is intermodulation of the others' tones through the codecs (2 x 1400 - 2200)
                    assertTrue(level < 200, listener.name + " hears itself: " + level);
                } else {
                    assertTrue(level > 1000, listener.name + " does not hear " + talker.name + ": " + level);
                }
            }
        }
        assertTrue(a.level(1400) > 1000 && b.level(600) > 1000 && c.level(600) > 1000);
    }

    @Test
    void aWhisperReachesOneSeatAndAListenerNobody() throws Exception {
        ConferenceBridge bridge = engine.openBridge(8);
        Phone caller = phone("PCMU", 0, 600);
        Phone agent = phone("PCMA", 8, 1400);
        Phone supervisor = phone("PCMU", 0, 2200);
        Phone monitor = phone("PCMU", 0, 1000);
        bridge.join(caller.session);
        bridge.join(agent.session);
        bridge.join(supervisor.session, Audience.only(agent.session));
        bridge.join(monitor.session, Audience.nobody());
        talk(75);
        phones.forEach(p -> p.heard.clear());
        talk(50);
        assertTrue(agent.level(2200) > 1000, "the agent hears the whisper: " + agent.level(2200));
        assertTrue(caller.level(2200) < 200, "the caller does not: " + caller.level(2200));
        assertTrue(caller.level(1400) > 1000 && agent.level(600) > 1000, "caller and agent hear each other");
        assertTrue(supervisor.level(600) > 1000 && supervisor.level(1400) > 1000, "the supervisor hears both");
        for (Phone p : List.of(caller, agent, supervisor)) {
            assertTrue(p.level(1000) < 200, p.name + " hears the listener: " + p.level(1000));
        }
        assertTrue(monitor.level(600) > 1000 && monitor.level(1400) > 1000, "the listener hears the call");

        bridge.join(supervisor.session, Audience.everyone());
        phones.forEach(p -> p.heard.clear());
        talk(50);
        assertTrue(caller.level(2200) > 1000, "barged in, the caller hears the supervisor: " + caller.level(2200));
    }

    @Test
    void aJoinerRingsADingAndALeaverADong() throws Exception {
        ConferenceBridge bridge = engine.openBridge(2);
        Phone a = phone("PCMU", 0, 0);
        Phone b = phone("PCMU", 0, 0);
        bridge.join(a.session);
        talk(10);
        a.heard.clear();
        CompletableFuture<Void> left = bridge.join(b.session);
        talk(10);
        assertTrue(a.level(1047) > 300, "ding: " + a.level(1047));
        assertTrue(b.level(1047) < 50, "the joiner hears no ding of its own: " + b.level(1047));
        assertThrows(IllegalStateException.class, () -> bridge.join(phone("PCMU", 0, 0).session), "full");
        talk(10);
        a.heard.clear();
        bridge.leave(b.session);
        left.get(1, TimeUnit.SECONDS);
        talk(10);
        assertTrue(a.level(784) > 300, "dong: " + a.level(784));
        assertEquals(1, bridge.participants());
    }

    @Test
    void aClosingSessionLeavesAndAClosingBridgeLetsEveryoneGo() throws Exception {
        ConferenceBridge bridge = engine.openBridge(4);
        Phone a = phone("PCMU", 0, 0);
        Phone b = phone("PCMA", 8, 0);
        CompletableFuture<Void> aLeft = bridge.join(a.session);
        CompletableFuture<Void> bLeft = bridge.join(b.session);
        a.session.close();
        aLeft.get(1, TimeUnit.SECONDS);
        assertEquals(1, bridge.participants());
        bridge.close();
        bLeft.get(1, TimeUnit.SECONDS);
        assertFalse(bridge.isOpen());
        assertThrows(IllegalStateException.class, () -> bridge.join(b.session));
        b.heard.clear();
        talk(10);
        assertTrue(b.heard.size() > 1000, "out of the bridge the session sends on its own clock");
    }

    private Phone phone(String codec, int payloadType, double hz) throws Exception {
        Phone phone = new Phone(codec, payloadType, hz);
        phones.add(phone);
        return phone;
    }

    /** Every phone sends {@code frames} 20 ms frames of its tone, in time. */
    private void talk(int frames) throws Exception {
        long start = System.nanoTime();
        for (int f = 0; f < frames; f++) {
            for (Phone p : phones) {
                p.send();
            }
            long next = start + (f + 1) * 20_000_000L;
            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
        }
        Thread.sleep(150);
    }

    /** A datagram socket speaking one codec: sends its tone, decodes what it receives into {@link #heard}. */
    private final class Phone {
        final String name;
        final double hz;
        final MediaSession session;
        final List<Short> heard = java.util.Collections.synchronizedList(new ArrayList<>());
        private final DatagramSocket socket = new DatagramSocket(0, LOOPBACK);
        private final Codec encoder;
        private final Codec decoder;
        private final int payloadType;
        private final InetSocketAddress server;
        private final Thread receiver;
        private int sequence;
        private long sample;

        Phone(String codec, int payloadType, double hz) throws Exception {
            this.name = codec + " " + hz + " Hz";
            this.hz = hz;
            this.payloadType = payloadType;
            this.encoder = Codecs.byName(codec).orElseThrow();
            this.decoder = encoder.fresh();
            this.session = engine.answer("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio " + socket.getLocalPort()
                    + " RTP/AVP " + payloadType + "\r\n");
            int port = Integer.parseInt(session.answerSdp().replaceAll("(?s).*m=audio (\\d+) .*", "$1"));
            this.server = new InetSocketAddress(LOOPBACK, port);
            this.receiver = new Thread(this::receive, "phone " + name);
            receiver.setDaemon(true);
            receiver.start();
        }

        void send() throws Exception {
            short[] frame = new short[160];
            for (int i = 0; i < frame.length; i++, sample++) {
                frame[i] = hz == 0 ? 0 : (short) Math.round(6000 * Math.sin(2 * Math.PI * hz * sample / 8000));
            }
            byte[] packet = new byte[12 + 160];
            RtpPacket.writeHeader(packet, sequence == 0, payloadType, sequence, sequence * 160L, 42 + payloadType);
            byte[] payload = new byte[160];
            encoder.encode(frame, payload);
            System.arraycopy(payload, 0, packet, 12, 160);
            sequence++;
            socket.send(new DatagramPacket(packet, packet.length, server));
        }

        private void receive() {
            RtpPacket rtp = new RtpPacket();
            byte[] buffer = new byte[1500];
            short[] frame = new short[160];
            try {
                while (true) {
                    DatagramPacket p = new DatagramPacket(buffer, buffer.length);
                    socket.receive(p);
                    if (rtp.parse(buffer, 0, p.getLength()) && rtp.payloadType() == payloadType) {
                        decoder.decode(buffer, rtp.payloadOffset(), rtp.payloadLength(), frame);
                        for (short s : frame) {
                            heard.add(s);
                        }
                    }
                }
            } catch (SocketException closed) {
                // the test is over
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The amplitude of {@code frequency} in what was heard. */
        double level(double frequency) {
            List<Short> copy;
            synchronized (heard) {
                copy = new ArrayList<>(heard);
            }
            double re = 0;
            double im = 0;
            for (int i = 0; i < copy.size(); i++) {
                re += copy.get(i) * Math.cos(2 * Math.PI * frequency * i / 8000);
                im += copy.get(i) * Math.sin(2 * Math.PI * frequency * i / 8000);
            }
            return copy.isEmpty() ? 0 : 2 * Math.hypot(re, im) / copy.size();
        }

        void close() {
            session.close();
            socket.close();
        }
    }
}
