package org.branchline.media.internal.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.Prompt;
import org.branchline.api.media.sdp.Direction;
import org.branchline.api.media.sdp.Media;
import org.branchline.media.internal.codec.Codec;
import org.branchline.media.internal.codec.Codecs;
import org.branchline.media.internal.codec.Pcmu;
import org.branchline.media.internal.dsp.DtmfDetector;
import org.branchline.media.internal.dsp.JitterBuffer;
import org.branchline.media.internal.dsp.Levels;
import org.branchline.media.internal.rtp.RtpPacket;
import org.branchline.media.internal.rtp.TelephoneEventReceiver;

/**
 * One RTP endpoint. The media clock calls {@link #tick()} every 20 ms: the next received frame goes to the
 * in-band digit detector and the recording, and one frame (what plays, else silence) is sent. Seated in a
 * conference bridge, the bridge's clock does that instead ({@link #hearInBridge}, {@link #sayInBridge}), adding
 * the mix to what is sent. The receiver thread calls {@link #received}. Applications call the rest from their
 * own threads.
 */
final class MediaSessionImpl implements MediaSession, MediaClock.Ticking {
    private static final Logger LOG = Logger.getLogger(MediaSessionImpl.class.getName());
    private static final int HEADER = 12;
    private final SessionContext context;
    private final PortPool.Ports ports;
    private final SdpAnswer answer = new SdpAnswer();
    /** Held by whichever clock ticks the session, its own or a bridge's, so that they never overlap. */
    private final Object ticking = new Object();
    /**
     * Held while a digit is queued and stops what plays or records, and while a play or recording begins or a
     * clip ends: the application, woken by the digit, must not begin its next prompt before the digit has
     * stopped the current one (else the digit stops the new prompt).
     */
    private final Object control = new Object();
    private final LinkedBlockingQueue<Character> digits = new LinkedBlockingQueue<>();
    private final short[] heard = new short[Clip.FRAME];
    private final short[] said = new short[Clip.FRAME];
    private final byte[] inPayload = new byte[1500];
    private final byte[] out = new byte[HEADER + 320];
    private final byte[] encoded = new byte[320];
    private final ByteBuffer outBuffer = ByteBuffer.wrap(out);
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private final RtpPacket rtp = new RtpPacket();
    private final ControlReports reports;
    /** The clock that sends this session's packets. */
    volatile MediaClock clock;
    private final DigitSender digitSender;
    private volatile Negotiated negotiated;
    private volatile InetSocketAddress remote;
    private volatile boolean latched;
    private volatile Playback playback;
    private volatile Recording recording;
    private volatile boolean open = true;
    private volatile MixingBridge bridge;
    private JitterBuffer jitter;
    private DtmfDetector inband;
    private TelephoneEventReceiver events = new TelephoneEventReceiver();
    private int sequence = ThreadLocalRandom.current().nextInt(0x10000);
    private long timestamp = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
    private boolean marker = true;

    MediaSessionImpl(SessionContext context, PortPool.Ports ports, SdpOffer offer) throws MediaException {
        this.context = context;
        this.ports = ports;
        this.negotiated = negotiate(offer);
        this.remote = offer.address();
        this.digitSender = new DigitSender();
        this.reports = new ControlReports(ssrc, "branchline@" + context.host());
        reset(negotiated);
    }

    private Negotiated negotiate(SdpOffer offer) throws MediaException {
        Media audio = offer.audio();
        for (int pt : audio.payloadTypes()) {
            Optional<Codec> codec = audio.encoding(pt).flatMap(Codecs::byName);
            if (codec.isPresent()) {
                return new Negotiated(pt, codec.get().fresh(), audio.telephoneEvents(), offer.direction().answer());
            }
        }
        throw new MediaException(SdpOffer.NOT_ACCEPTABLE_HERE, "no offered codec is supported (PCMU, PCMA, G722)");
    }

    private synchronized void reset(Negotiated n) {
        jitter = new JitterBuffer(context.jitterFrames());
        inband = n.telephoneEvents() < 0 ? new DtmfDetector() : null;
        events = new TelephoneEventReceiver();
    }

    @Override
    public String answerSdp() {
        return answer.text(context.host(), ports.rtpPort(), negotiated);
    }

    @Override
    public String update(String offerSdp) throws MediaException {
        SdpOffer offer = SdpOffer.parse(offerSdp);
        Negotiated n = negotiate(offer);
        if (!offer.address().equals(remote) || n.payloadType() != negotiated.payloadType()) {
            remote = offer.address();
            latched = false;
            negotiated = n;
            reset(n);
        } else {
            negotiated = new Negotiated(negotiated.payloadType(), negotiated.codec(), n.telephoneEvents(),
                    n.direction());
        }
        return answerSdp();
    }

    @Override
    public CompletableFuture<Played> play(List<Prompt> prompts, boolean stopOnDigit) {
        Playback next = new Playback(context.clips().of(prompts), stopOnDigit);
        if (!open) {
            next.end(PlayEnd.CLOSED);
            return next.done;
        }
        synchronized (control) {
            stopPlayback(PlayEnd.STOPPED);
            playback = next;
            if (stopOnDigit && !digits.isEmpty()) {
                stopPlayback(PlayEnd.DIGIT);
            }
        }
        return next.done;
    }

    @Override
    public CompletableFuture<Recorded> record(Path file, RecordLimits limits) {
        if (!open) {
            return CompletableFuture.completedFuture(new Recorded(RecordEnd.CLOSED, 0));
        }
        try {
            Recording next = new Recording(file, limits, context.writer());
            synchronized (control) {
                stopRecording(RecordEnd.STOPPED);
                recording = next;
            }
            return next.done;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record into " + file, e);
        }
    }

    @Override
    public void stop() {
        synchronized (control) {
            stopPlayback(PlayEnd.STOPPED);
            stopRecording(RecordEnd.STOPPED);
        }
    }

    private void stopPlayback(PlayEnd why) {
        Playback p = playback;
        playback = null;
        if (p != null) {
            p.end(why);
        }
    }

    private void stopRecording(RecordEnd why) {
        Recording r = recording;
        recording = null;
        if (r != null) {
            r.end(why);
        }
    }

    @Override
    public Optional<Character> nextDigit(Duration timeout) throws InterruptedException {
        if (!open && digits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(digits.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void clearDigits() {
        digits.clear();
    }

    @Override
    public void digit(char digit) {
        LOG.fine(() -> "Media session on port " + ports.rtpPort() + ": digit " + digit);
        synchronized (control) {
            digits.add(digit);
            Playback p = playback;
            if (p != null && p.stopOnDigit) {
                stopPlayback(PlayEnd.DIGIT);
            }
            Recording r = recording;
            if (r != null && r.stopsOn(digit)) {
                stopRecording(RecordEnd.DIGIT);
            }
        }
    }

    @Override
    public void sendDigit(char digit) {
        digitSender.queue(digit);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        synchronized (control) {
            stopPlayback(PlayEnd.CLOSED);
            stopRecording(RecordEnd.CLOSED);
            digits.add('\0');
        }
        MixingBridge seatedIn = bridge;
        if (seatedIn != null) {
            seatedIn.leave(this);
        }
        context.closed(this, ports);
    }

    PortPool.Ports ports() {
        return ports;
    }

    /** An RTP packet arrived on this session's port (receiver thread). */
    void received(ByteBuffer packet, InetSocketAddress from) {
        Negotiated n = negotiated;
        if (!rtp.parse(packet.array(), 0, packet.limit())) {
            return;
        }
        if (!latched) {
            remote = from;
            latched = true;
        }
        if (rtp.payloadType() == n.telephoneEvents()) {
            Character d = events.receive(rtp.ssrc(), rtp.timestamp(), packet.array(), rtp.payloadOffset(),
                    rtp.payloadLength());
            if (d != null) {
                digit(d);
            }
        } else if (rtp.payloadType() == n.payloadType()) {
            reports.received(rtp.ssrc(), rtp.sequence(), rtp.timestamp());
            synchronized (this) {
                jitter.put(rtp.sequence(), rtp.timestamp(), packet.array(), rtp.payloadOffset(), rtp.payloadLength());
            }
        }
    }

    @Override
    public void tick() {
        synchronized (ticking) {
            if (!open || bridge != null) {
                return;
            }
            receive(false);
            send(null);
        }
    }

    /** Seated in {@code seatedIn}: from now its clock ticks this session, and what played stops. */
    void enter(MixingBridge seatedIn) {
        synchronized (control) {
            stopPlayback(PlayEnd.STOPPED);
        }
        bridge = seatedIn;
    }

    /** Out of {@code seatedIn}: its own clock ticks the session again. */
    void exit(MixingBridge seatedIn) {
        if (bridge == seatedIn) {
            bridge = null;
        }
    }

    /** The bridge's tick, first half: the frame received now (null when none), digits and recording fed. */
    short[] hearInBridge() {
        synchronized (ticking) {
            return open ? receive(true) : null;
        }
    }

    /** The bridge's tick, second half: sends {@code mixed} with whatever plays. */
    void sayInBridge(short[] mixed) {
        synchronized (ticking) {
            if (open) {
                send(mixed);
            }
        }
    }

    private short[] receive(boolean always) {
        Recording r = recording;
        short[] frame = receiveFrame(always || r != null);
        if (r != null) {
            RecordEnd end = r.accept(frame);
            if (end != null) {
                synchronized (control) {
                    if (recording == r) {
                        stopRecording(end);
                    }
                }
            }
        }
        return frame;
    }

    /** The next received frame, decoded only when something listens to it (a recording, in-band digits). */
    private short[] receiveFrame(boolean needed) {
        int length;
        DtmfDetector detector;
        synchronized (this) {
            length = jitter.poll(inPayload);
            detector = inband;
        }
        if (length < 0 || !needed && detector == null) {
            return null;
        }
        negotiated.codec().decode(inPayload, 0, length, heard);
        if (detector != null) {
            Character d = detector.feed(heard);
            if (d != null) {
                digit(d);
            }
        }
        return heard;
    }

    /** Sends this tick's packet: what plays, plus {@code mixed} when not null. */
    private void send(short[] mixed) {
        Negotiated n = negotiated;
        if (!n.direction().sends()) {
            timestamp = (timestamp + Clip.FRAME) & 0xffffffffL;
            return;
        }
        int length = n.telephoneEvents() >= 0 ? digitSender.nextEvent(out, HEADER, timestamp) : -1;
        if (length > 0) {
            RtpPacket.writeHeader(out, digitSender.marker(), n.telephoneEvents(), sequence, digitSender.timestamp(),
                    ssrc);
        } else {
            length = audio(n, mixed);
            RtpPacket.writeHeader(out, marker, n.payloadType(), sequence, timestamp, ssrc);
        }
        marker = false;
        reports.sent(length, timestamp, ports.rtcp(), remote);
        sequence = (sequence + 1) & 0xffff;
        timestamp = (timestamp + Clip.FRAME) & 0xffffffffL;
        transmit(HEADER + length);
    }

    /**
     * Writes this tick's audio payload after the header: what plays (silence when nothing does), straight into
     * the packet for PCMU, else through the codec, with a conference's mix and a digit's tone when digits go
     * in-band.
     */
    private int audio(Negotiated n, short[] mixed) {
        boolean pcmu = n.payloadType() == 0;
        byte[] ulaw = pcmu ? out : encoded;
        int at = pcmu ? HEADER : 0;
        nextFrame(ulaw, at);
        boolean tone = n.telephoneEvents() < 0 && digitSender.sending();
        if (pcmu && !tone && mixed == null) {
            return Clip.FRAME;
        }
        for (int i = 0; i < Clip.FRAME; i++) {
            int sample = Pcmu.toLinear(ulaw[at + i]);
            said[i] = mixed == null ? (short) sample : Levels.clip(sample + mixed[i]);
        }
        if (tone) {
            digitSender.inband(said);
        }
        n.codec().encode(said, encoded);
        System.arraycopy(encoded, 0, out, HEADER, n.codec().payloadBytes());
        return n.codec().payloadBytes();
    }

    /** The next µ-law frame of what plays, silence when nothing does. */
    private void nextFrame(byte[] ulaw, int at) {
        Playback p = playback;
        if (p == null || !p.clip.next(ulaw, at)) {
            if (p != null) {
                finished(p);
            }
            Arrays.fill(ulaw, at, at + Clip.FRAME, Clip.SILENCE);
        }
    }

    private void finished(Playback p) {
        synchronized (control) {
            if (playback == p) {
                playback = null;
                p.end(PlayEnd.FINISHED);
            }
        }
    }

    private void transmit(int length) {
        try {
            outBuffer.clear().limit(length);
            ports.rtp().send(outBuffer, remote);
        } catch (IOException e) {
            context.sendFailed(e);
        }
    }

    /** The codec and payload types agreed with the phone. */
    record Negotiated(int payloadType, Codec codec, int telephoneEvents, Direction direction) {
    }
}
