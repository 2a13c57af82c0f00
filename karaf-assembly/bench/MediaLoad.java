import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The load generator of media_bench.py: holds N voicemail calls (record and Message Center playback) against the
 * server, sends every call's RTP on a steady 20 ms schedule and timestamps every packet the server sends back.
 * JDK only; run as a single-file program:
 *
 * <pre>java -Xmx768m MediaLoad.java server=127.0.0.1:36060 sip=45000 rtp=45100 loopback=48000 audio=speech.ulaw
 *      record=5101>3201,5102>3202 playback=5101,5102 sessions=500 rate=50 settle=5 window=30 pin=2580</pre>
 *
 * record: caller station &gt; digits dialed (3 + extension), used round-robin; playback: stations dialing 404
 * (each owned by a user whose PIN is pin). Half the sessions record, half play back. The stations must be
 * registered from 127.0.0.1:sip before this starts. Phases: ramp (rate calls/s), settle, window (measured),
 * hang-up. The server's BYE is answered and the session dialed again. Stdout: "UP n" after the ramp, "WINDOW
 * start", "WINDOW end", then one line "RESULT {json}"; progress on stderr.
 */
public final class MediaLoad {
    static final long FRAME_NS = 20_000_000L;
    static final int LOOPBACK_STREAMS = 20;
    static final int MAX_US = 2_000_000;

    final Map<String, String> args;
    final InetSocketAddress server;
    final Sip sip;
    final List<Session> sessions = new ArrayList<>();
    final List<Session> loopback = new ArrayList<>();
    final Selector selector;
    final byte[] speech;
    volatile boolean measuring;
    volatile boolean running = true;
    final Counters counters = new Counters();

    MediaLoad(Map<String, String> args) throws IOException {
        this.args = args;
        String[] hp = args.get("server").split(":");
        this.server = new InetSocketAddress(hp[0], Integer.parseInt(hp[1]));
        this.sip = new Sip(this, Integer.parseInt(args.get("sip")));
        this.selector = Selector.open();
        this.speech = args.containsKey("audio") ? Files.readAllBytes(Path.of(args.get("audio"))) : noise();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            String[] kv = a.split("=", 2);
            args.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        new MediaLoad(args).run();
        System.exit(0);
    }

    static void log(String message) {
        System.err.printf(Locale.ROOT, "[load %tT] %s%n", System.currentTimeMillis(), message);
    }

    int num(String key, int dflt) {
        return args.containsKey(key) ? Integer.parseInt(args.get(key)) : dflt;
    }

    // ------------------------------------------------------------------------------------------ phases

    void run() throws Exception {
        createSessions();
        Thread receiver = thread("load-rtp-receiver", this::receive);
        Thread sender = thread("load-rtp-sender", this::send);
        Thread sipThread = thread("load-sip", sip::loop);
        long cpu0 = cpuNanos();
        ramp(num("rate", 50));
        System.out.println("UP " + upCount());
        System.out.flush();
        settle(num("settle", 5));
        Window w = window(num("window", 30));
        hangUpAll();
        running = false;
        selector.wakeup();
        for (Thread t : List.of(receiver, sender)) {
            t.join(2000);
        }
        sip.close();
        sipThread.join(2000);
        System.out.println("RESULT " + result(w, cpu0));
        System.out.flush();
    }

    void createSessions() throws IOException {
        int n = num("sessions", 100);
        String[] records = args.getOrDefault("record", "").split(",");
        String[] playbacks = args.getOrDefault("playback", "").split(",");
        int port = num("rtp", 45100);
        for (int i = 0; i < n; i++) {
            boolean record = i % 2 == 0 && !records[0].isEmpty() || playbacks[0].isEmpty();
            Session s;
            if (record) {
                String[] r = records[(i / 2) % records.length].split(">");
                s = new Session(this, i, true, r[0], r[1], channel(port + 2 * i));
            } else {
                s = new Session(this, i, false, playbacks[(i / 2) % playbacks.length], "404", channel(port + 2 * i));
            }
            sessions.add(s);
        }
        int base = num("loopback", 48000);
        for (int i = 0; i < LOOPBACK_STREAMS; i++) {
            Session s = new Session(this, -1 - i, true, null, null, channel(base + 2 * i));
            s.remote = new InetSocketAddress("127.0.0.1", base + 2 * i);
            s.newCall();
            loopback.add(s);
        }
    }

    DatagramChannel channel(int port) throws IOException {
        DatagramChannel c = DatagramChannel.open();
        c.bind(new InetSocketAddress("127.0.0.1", port));
        c.configureBlocking(false);
        return c;
    }

    void ramp(int rate) {
        long start = System.nanoTime();
        for (int i = 0; i < sessions.size(); i++) {
            waitUntil(start + i * 1_000_000_000L / rate);
            sessions.get(i).dial();
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (upCount() < sessions.size() && System.nanoTime() < deadline) {
            sleepMs(50);
        }
        log(String.format(Locale.ROOT, "ramp: %d of %d sessions up in %.1f s (%d failed answers)", upCount(),
                sessions.size(), (System.nanoTime() - start) / 1e9, counters.failedCalls));
    }

    void settle(int seconds) {
        sleepMs(seconds * 1000L);
    }

    Window window(int seconds) {
        for (Session s : all()) {
            s.stats.clear();
        }
        Window w = new Window();
        w.cpu0 = cpuNanos();
        w.byes0 = counters.serverByes;
        w.up0 = upCount();
        measuring = true;
        System.out.println("WINDOW start");
        System.out.flush();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int minUp = w.up0;
        while (System.nanoTime() < end) {
            sleepMs(200);
            minUp = Math.min(minUp, upCount());
        }
        measuring = false;
        System.out.println("WINDOW end");
        System.out.flush();
        w.seconds = seconds;
        w.cpu1 = cpuNanos();
        w.byes1 = counters.serverByes;
        w.minUp = minUp;
        sleepMs(100);
        return w;
    }

    void hangUpAll() {
        for (Session s : sessions) {
            s.ending = true;
        }
        for (Session s : sessions) {
            s.hangUp();
            sleepMs(2);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline && sessions.stream().anyMatch(Session::pending)) {
            sleepMs(50);
            sessions.forEach(Session::retransmit);
        }
    }

    int upCount() {
        int n = 0;
        for (Session s : sessions) {
            if (s.state == State.UP) {
                n++;
            }
        }
        return n;
    }

    List<Session> all() {
        List<Session> out = new ArrayList<>(sessions);
        out.addAll(loopback);
        return out;
    }

    // ------------------------------------------------------------------------------------------ threads

    Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        t.start();
        return t;
    }

    /** Every 20 ms one packet per live call (and loopback stream), on a schedule fixed to the clock. */
    void send() {
        ByteBuffer buf = ByteBuffer.allocate(12 + 160);
        long next = System.nanoTime();
        while (running) {
            next += FRAME_NS;
            for (Session s : sessions) {
                s.sendFrame(buf);
            }
            for (Session s : loopback) {
                s.sendFrame(buf);
            }
            counters.sendLoopNanos = Math.max(counters.sendLoopNanos, System.nanoTime() - (next - FRAME_NS));
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (-wait > 5 * FRAME_NS) {
                next = System.nanoTime();
                counters.senderSkips++;
            }
        }
    }

    /** One selector over every RTP port; each packet stamped with System.nanoTime() as it is read. */
    void receive() {
        try {
            for (Session s : all()) {
                s.channel.register(selector, SelectionKey.OP_READ, s);
            }
            ByteBuffer buf = ByteBuffer.allocate(2048);
            while (running) {
                selector.select(500);
                for (SelectionKey key : selector.selectedKeys()) {
                    drain(key, buf);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            log("receiver: " + e);
        }
    }

    void drain(SelectionKey key, ByteBuffer buf) {
        Session s = (Session) key.attachment();
        try {
            for (int i = 0; i < 32; i++) {
                buf.clear();
                if (s.channel.receive(buf) == null) {
                    return;
                }
                long now = System.nanoTime();
                if (buf.position() >= 12 && measuring) {
                    s.stats.add(now, buf.array());
                }
            }
        } catch (IOException e) {
            key.cancel();
        }
    }

    // ------------------------------------------------------------------------------------------ results

    String result(Window w, long cpu0) {
        Analysis calls = analyse(sessions);
        Analysis noise = analyse(loopback);
        long totalCpu = cpuNanos() - cpu0;
        StringBuilder b = new StringBuilder("{");
        field(b, "sessions", sessions.size());
        field(b, "record_sessions", sessions.stream().filter(s -> s.record).count());
        field(b, "up_at_window_start", w.up0);
        field(b, "min_up_in_window", w.minUp);
        field(b, "server_byes_in_window", w.byes1 - w.byes0);
        field(b, "failed_answers", counters.failedCalls);
        field(b, "first_refusal", counters.firstRefusal == null ? "null" : '"' + counters.firstRefusal + '"');
        field(b, "redials", counters.redials);
        field(b, "window_seconds", w.seconds);
        field(b, "generator_cpu_percent", round(100.0 * (w.cpu1 - w.cpu0) / (w.seconds * 1e9)));
        field(b, "generator_cpu_seconds_total", round(totalCpu / 1e9));
        field(b, "sender_loop_max_ms", round(counters.sendLoopNanos / 1e6));
        field(b, "sender_skips", counters.senderSkips);
        b.append("\"calls\":").append(calls.json()).append(",\"loopback\":").append(noise.json()).append('}');
        return b.toString();
    }

    static Analysis analyse(List<Session> list) {
        Analysis a = new Analysis();
        for (Session s : list) {
            s.stats.analyse(a);
        }
        return a;
    }

    static void field(StringBuilder b, String key, Object value) {
        b.append('"').append(key).append("\":").append(value).append(',');
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static void waitUntil(long deadline) {
        for (long wait; (wait = deadline - System.nanoTime()) > 0;) {
            LockSupport.parkNanos(wait);
        }
    }

    static void sleepMs(long ms) {
        waitUntil(System.nanoTime() + ms * 1_000_000L);
    }

    static byte[] noise() {
        byte[] out = new byte[8000 * 4];
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < out.length; i++) {
            double env = Math.abs(Math.sin(Math.PI * i / 2400.0));
            out[i] = ulaw((short) (r.nextGaussian() * 6000 * env));
        }
        return out;
    }

    static byte ulaw(short sample) {
        int s = sample;
        int sign = s < 0 ? 0x80 : 0;
        if (s < 0) {
            s = -s;
        }
        s = Math.min(s, 32635) + 0x84;
        int exp = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exp > 0; mask >>= 1) {
            exp--;
        }
        int mant = (s >> (exp + 3)) & 0x0f;
        return (byte) ~(sign | exp << 4 | mant);
    }

    static final class Counters {
        volatile int failedCalls;
        /** The first call the server refused or never answered, and how many sessions were up then. */
        volatile String firstRefusal;

        synchronized void refused(String what, int up) {
            if (firstRefusal == null) {
                firstRefusal = what + " after " + up + " sessions up";
            }
        }

        volatile int redials;
        volatile int serverByes;
        volatile long sendLoopNanos;
        volatile int senderSkips;
    }

    static final class Window {
        long cpu0;
        long cpu1;
        int byes0;
        int byes1;
        int up0;
        int minUp;
        int seconds;
    }

    enum State { IDLE, INVITING, UP, BYEING }

    // ------------------------------------------------------------------------------------------ a call

    static final class Session {
        final MediaLoad load;
        final int index;
        final boolean record;
        final String station;
        final String dial;
        final DatagramChannel channel;
        final Stats stats = new Stats();
        final Queue<Character> digits = new ConcurrentLinkedQueue<>();
        volatile State state = State.IDLE;
        volatile boolean ending;
        volatile InetSocketAddress remote;
        String callId;
        String fromTag;
        String toTag;
        String branch;
        int cseq;
        long sentAt;
        int tries;
        String lastRequest;
        // RTP out (sender thread; reset on each new call)
        int ssrc;
        int seq;
        long ts;
        int audioOffset;
        char digit;
        int digitPackets;
        long digitTs;
        long digitsAt;

        Session(MediaLoad load, int index, boolean record, String station, String dial, DatagramChannel channel) {
            this.load = load;
            this.index = index;
            this.record = record;
            this.station = station;
            this.dial = dial;
            this.channel = channel;
            this.audioOffset = Math.floorMod(index * 1_237, load.speech.length / 160) * 160;
        }

        int port() {
            return channel.socket().getLocalPort();
        }

        boolean pending() {
            return state == State.BYEING || state == State.INVITING;
        }

        synchronized void dial() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            callId = String.format("%016x@load", r.nextLong());
            fromTag = Integer.toHexString(r.nextInt());
            toTag = null;
            cseq = 1;
            tries = 0;
            state = State.INVITING;
            remote = null;
            load.sip.calls.put(callId, this);
            lastRequest = invite();
            transmit();
        }

        /** Resets the outgoing stream: a new SSRC, sequence and timestamp. */
        void newCall() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            ssrc = r.nextInt();
            seq = r.nextInt(0x10000);
            ts = r.nextInt() & 0xffffffffL;
            digit = 0;
            digitPackets = 0;
            digitsAt = record ? Long.MAX_VALUE : System.nanoTime() + 1_500_000_000L;
        }

        String invite() {
            String sdp = "v=0\r\no=load " + index + " 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio " + port() + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
                    + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=ptime:20\r\na=sendrecv\r\n";
            return request("INVITE", "Content-Type: application/sdp\r\nContact: <sip:" + station + "@127.0.0.1:"
                    + load.sip.port + ">\r\n", sdp);
        }

        String request(String method, String extra, String body) {
            branch = "z9hG4bK" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
            String host = load.server.getHostString() + ":" + load.server.getPort();
            return method + " sip:" + dial + "@" + host + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + load.sip.port + ";branch=" + branch + ";rport\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:" + station + "@" + host + ">;tag=" + fromTag + "\r\n"
                    + "To: <sip:" + dial + "@" + host + ">" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                    + "Call-ID: " + callId + "\r\nCSeq: " + cseq + " " + method + "\r\n" + extra
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        }

        void transmit() {
            sentAt = System.nanoTime();
            tries++;
            load.sip.send(lastRequest, load.server);
        }

        /** INVITE and BYE retransmissions (timer A/E: 0.5, 1, 2 s), giving up after 4 sends. */
        synchronized void retransmit() {
            if (state != State.INVITING && state != State.BYEING) {
                return;
            }
            long due = sentAt + (500_000_000L << (tries - 1));
            if (System.nanoTime() < due) {
                return;
            }
            if (tries >= 4) {
                load.sip.calls.remove(callId);
                if (state == State.INVITING) {
                    load.counters.failedCalls++;
                    load.counters.refused("no answer to " + dial + " after 4 INVITEs", load.upCount());
                }
                state = State.IDLE;
                return;
            }
            transmit();
        }

        synchronized void answered(int status, String toTag, String body) {
            if (state != State.INVITING) {
                return;
            }
            if (status >= 300) {
                load.counters.failedCalls++;
                load.counters.refused(status + " to " + dial, load.upCount());
                load.sip.calls.remove(callId);
                state = State.IDLE;
                log("session " + index + " (" + station + " -> " + dial + "): " + status);
                return;
            }
            this.toTag = toTag;
            remote = sdpAddress(body);
            newCall();
            state = State.UP;
            if (ending) {
                hangUp();
            }
        }

        synchronized void hangUp() {
            if (state == State.UP) {
                cseq++;
                state = State.BYEING;
                tries = 0;
                lastRequest = request("BYE", "", "");
                transmit();
            } else if (state == State.INVITING) {
                ending = true;  // hung up once answered
            }
        }

        /** The server hung up: the call is dialed again (a new stream) unless the run is ending. */
        synchronized void byeReceived() {
            load.sip.calls.remove(callId);
            boolean was = state == State.UP;
            state = State.IDLE;
            if (was && !ending) {
                load.counters.serverByes++;
                load.counters.redials++;
                dial();
            }
        }

        synchronized void byeAnswered() {
            load.sip.calls.remove(callId);
            state = State.IDLE;
        }

        static InetSocketAddress sdpAddress(String sdp) {
            String host = null;
            int port = -1;
            for (String line : sdp.split("\r?\n")) {
                if (line.startsWith("c=IN IP4 ")) {
                    host = line.substring(9).trim();
                } else if (line.startsWith("m=audio ")) {
                    port = Integer.parseInt(line.split(" ")[1]);
                }
            }
            return host == null || port < 0 ? null : new InetSocketAddress(host, port);
        }

        /** One 20 ms packet: audio (speech-like for a recording, low noise otherwise) or a PIN digit event. */
        void sendFrame(ByteBuffer buf) {
            InetSocketAddress to = remote;
            if (to == null || (state != State.UP && index >= 0)) {
                return;
            }
            buf.clear();
            if (!nextDigit(buf)) {
                header(buf, 0, seq == 0, ts);
                int off = record ? audioOffset : 0;
                buf.put(load.speech, off, 160);
                audioOffset = (audioOffset + 160) % (load.speech.length - load.speech.length % 160);
            }
            seq = (seq + 1) & 0xffff;
            ts = (ts + 160) & 0xffffffffL;
            buf.flip();
            try {
                channel.send(buf, to);
            } catch (IOException e) {
                // the server's port is gone (call ending): nothing to measure
            }
        }

        /** The PIN and '#' as RFC 4733 events (3 packets each, 2 silent frames between), 1.5 s after answer. */
        boolean nextDigit(ByteBuffer buf) {
            if (System.nanoTime() < digitsAt) {
                return false;
            }
            if (digit == 0) {
                String pin = load.args.getOrDefault("pin", "2580") + "#";
                int k = digitPackets / 5;
                if (k >= pin.length()) {
                    digitsAt = Long.MAX_VALUE;
                    return false;
                }
                int phase = digitPackets % 5;
                digitPackets++;
                if (phase >= 3) {
                    return false;
                }
                if (phase == 0) {
                    digitTs = ts;
                }
                char d = pin.charAt(k);
                int event = d == '#' ? 11 : d == '*' ? 10 : d - '0';
                header(buf, 101, phase == 0, digitTs);
                buf.put((byte) event).put((byte) (phase == 2 ? 0x8a : 0x0a)).putShort((short) (160 * (phase + 1)));
                return true;
            }
            return false;
        }

        void header(ByteBuffer buf, int pt, boolean marker, long timestamp) {
            buf.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | pt)).putShort((short) seq)
                    .putInt((int) timestamp).putInt(ssrc);
        }
    }

    // ------------------------------------------------------------------------------------------ statistics

    /** What one session's port received in the window, by stream (SSRC): sequence and arrival time. */
    static final class Stats {
        private final List<Stream> streams = new ArrayList<>();
        private Stream current;

        synchronized void clear() {
            streams.clear();
            current = null;
        }

        synchronized void add(long now, byte[] p) {
            int pt = p[1] & 0x7f;
            if (pt != 0) {
                return;  // telephone events echoed back, comfort noise: not the audio schedule
            }
            int ssrc = ((p[8] & 0xff) << 24) | ((p[9] & 0xff) << 16) | ((p[10] & 0xff) << 8) | (p[11] & 0xff);
            if (current == null || current.ssrc != ssrc) {
                current = new Stream(ssrc);
                streams.add(current);
            }
            current.add(now, ((p[2] & 0xff) << 8) | (p[3] & 0xff));
        }

        synchronized void analyse(Analysis a) {
            for (Stream s : streams) {
                s.analyse(a);
            }
        }
    }

    static final class Stream {
        final int ssrc;
        long[] arrival = new long[64];
        long[] index = new long[64];
        int n;
        long lastExt = Long.MIN_VALUE;

        Stream(int ssrc) {
            this.ssrc = ssrc;
        }

        void add(long now, int seq) {
            long ext;
            if (lastExt == Long.MIN_VALUE) {
                ext = seq;
            } else {
                int delta = (short) (seq - (int) (lastExt & 0xffff));
                ext = lastExt + delta;
            }
            lastExt = Math.max(lastExt, ext);
            if (n == arrival.length) {
                arrival = Arrays.copyOf(arrival, n * 2);
                index = Arrays.copyOf(index, n * 2);
            }
            arrival[n] = now;
            index[n++] = ext;
        }

        void analyse(Analysis a) {
            if (n < 2) {
                return;
            }
            long minOffset = Long.MAX_VALUE;
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                minOffset = Math.min(minOffset, arrival[i] - index[i] * FRAME_NS);
                lo = Math.min(lo, index[i]);
                hi = Math.max(hi, index[i]);
            }
            for (int i = 0; i < n; i++) {
                long late = arrival[i] - index[i] * FRAME_NS - minOffset;
                a.lateness.add(late);
                if (late > FRAME_NS) {
                    a.lateOverFrame++;
                }
                if (i > 0 && index[i] > index[i - 1]) {
                    long dev = Math.abs(arrival[i] - arrival[i - 1] - (index[i] - index[i - 1]) * FRAME_NS);
                    a.jitter.add(dev);
                } else if (i > 0) {
                    a.reordered++;
                }
            }
            a.packets += n;
            a.expected += hi - lo + 1;
            a.streams++;
        }
    }

    /** Histogram in microseconds (up to 2 s; above counts in the top bin) with an exact maximum. */
    static final class Histogram {
        final long[] bins = new long[MAX_US + 1];
        long count;
        long maxNs;

        void add(long ns) {
            bins[(int) Math.min(MAX_US, Math.max(0, ns / 1000))]++;
            count++;
            maxNs = Math.max(maxNs, ns);
        }

        double percentileMs(double p) {
            if (count == 0) {
                return 0;
            }
            long rank = (long) Math.ceil(p / 100.0 * count);
            long seen = 0;
            for (int i = 0; i < bins.length; i++) {
                seen += bins[i];
                if (seen >= rank) {
                    return i / 1000.0;
                }
            }
            return MAX_US / 1000.0;
        }

        String json() {
            return String.format(Locale.ROOT, "{\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"max_ms\":%.3f}",
                    percentileMs(50), percentileMs(99), percentileMs(99.9), maxNs / 1e6);
        }
    }

    static final class Analysis {
        final Histogram jitter = new Histogram();
        final Histogram lateness = new Histogram();
        long lateOverFrame;
        long packets;
        long expected;
        long reordered;
        int streams;

        String json() {
            long lost = Math.max(0, expected - packets);
            return String.format(Locale.ROOT, "{\"streams\":%d,\"packets\":%d,\"lost\":%d,\"loss_percent\":%.4f,"
                    + "\"reordered\":%d,\"late_over_frame\":%d,\"jitter\":%s,\"lateness\":%s}", streams, packets,
                    lost, expected == 0 ? 0.0 : 100.0 * lost / expected, reordered, lateOverFrame, jitter.json(),
                    lateness.json());
        }
    }

    // ------------------------------------------------------------------------------------------ SIP

    /** SIP over UDP from one port: the calls' responses, the server's BYE and OPTIONS answered 200. */
    static final class Sip {
        final MediaLoad load;
        final int port;
        final DatagramSocket socket;
        final Map<String, Session> calls = new ConcurrentHashMap<>();

        Sip(MediaLoad load, int port) throws SocketException {
            this.load = load;
            this.port = port;
            this.socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", port));
            this.socket.setReceiveBufferSize(4 << 20);
            this.socket.setSendBufferSize(4 << 20);
        }

        void send(String message, InetSocketAddress to) {
            byte[] data = message.getBytes(StandardCharsets.UTF_8);
            try {
                socket.send(new DatagramPacket(data, data.length, to));
            } catch (IOException e) {
                log("SIP send: " + e);
            }
        }

        void close() {
            socket.close();
        }

        void loop() {
            byte[] buf = new byte[65535];
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            long lastTimers = System.nanoTime();
            try {
                socket.setSoTimeout(50);
            } catch (SocketException e) {
                return;
            }
            while (!socket.isClosed()) {
                try {
                    p.setLength(buf.length);
                    socket.receive(p);
                    handle(new String(buf, 0, p.getLength(), StandardCharsets.UTF_8),
                            (InetSocketAddress) p.getSocketAddress());
                } catch (java.net.SocketTimeoutException e) {
                    // timers below
                } catch (IOException e) {
                    return;
                } catch (RuntimeException e) {
                    log("SIP: " + e);
                }
                if (System.nanoTime() - lastTimers > 100_000_000L) {
                    lastTimers = System.nanoTime();
                    calls.values().forEach(Session::retransmit);
                }
            }
        }

        void handle(String msg, InetSocketAddress from) {
            int split = msg.indexOf("\r\n\r\n");
            String head = split < 0 ? msg : msg.substring(0, split);
            String body = split < 0 ? "" : msg.substring(split + 4);
            String[] lines = head.split("\r\n");
            Session s = calls.get(header(lines, "Call-ID", "i"));
            if (lines[0].startsWith("SIP/2.0 ")) {
                response(s, lines, body);
            } else {
                request(s, lines, from);
            }
        }

        void response(Session s, String[] lines, String body) {
            int status = Integer.parseInt(lines[0].substring(8, 11));
            String cseq = header(lines, "CSeq", null);
            if (s == null || status < 200 || cseq == null) {
                return;
            }
            if (cseq.endsWith("INVITE")) {
                String to = header(lines, "To", "t");
                String tag = to != null && to.contains("tag=") ? to.split("tag=")[1].split("[;>]")[0] : null;
                if (status < 300) {
                    ack(s, lines, tag, cseq.split(" ")[0]);
                }
                s.answered(status, tag, body);
            } else if (cseq.endsWith("BYE")) {
                s.byeAnswered();
            }
        }

        /** ACK for every 2xx (retransmissions too), same dialog and CSeq number. */
        void ack(Session s, String[] lines, String tag, String cseqNumber) {
            String host = load.server.getHostString() + ":" + load.server.getPort();
            String contact = header(lines, "Contact", "m");
            String target = contact != null && contact.contains("<") ? contact.substring(contact.indexOf('<') + 1,
                    contact.indexOf('>')) : "sip:" + s.dial + "@" + host;
            String ack = "ACK " + target + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ";rport\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:" + s.station + "@" + host + ">;tag=" + s.fromTag + "\r\n"
                    + "To: <sip:" + s.dial + "@" + host + ">;tag=" + tag + "\r\nCall-ID: " + s.callId + "\r\n"
                    + "CSeq: " + cseqNumber + " ACK\r\nContent-Length: 0\r\n\r\n";
            send(ack, load.server);
        }

        /** BYE, OPTIONS and anything else the server asks: 200 OK (a BYE also ends the session). */
        void request(Session s, String[] lines, InetSocketAddress from) {
            String method = lines[0].split(" ")[0];
            if ("ACK".equals(method)) {
                return;
            }
            StringBuilder r = new StringBuilder("SIP/2.0 200 OK\r\n");
            for (String l : lines) {
                String name = l.split(":", 2)[0].trim().toLowerCase(Locale.ROOT);
                if (List.of("via", "v", "from", "f", "to", "t", "call-id", "i", "cseq").contains(name)) {
                    r.append(l).append("\r\n");
                }
            }
            send(r.append("Content-Length: 0\r\n\r\n").toString(), from);
            if ("BYE".equals(method) && s != null) {
                s.byeReceived();
            }
        }

        static String header(String[] lines, String name, String compact) {
            for (String l : lines) {
                int colon = l.indexOf(':');
                if (colon > 0) {
                    String n = l.substring(0, colon).trim();
                    if (n.equalsIgnoreCase(name) || compact != null && n.equalsIgnoreCase(compact)) {
                        return l.substring(colon + 1).trim();
                    }
                }
            }
            return null;
        }
    }
}
