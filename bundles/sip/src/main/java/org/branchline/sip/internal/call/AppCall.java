package org.branchline.sip.internal.call;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallEndedException;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.media.ConferenceBridge;
import org.branchline.api.media.MediaException;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.MediaSession.Played;
import org.branchline.api.media.MediaSession.RecordLimits;
import org.branchline.api.media.MediaSession.Recorded;
import org.branchline.api.media.Prompt;
import org.branchline.api.routing.Caller;
import org.branchline.api.routing.Dialed;

/** A call inside a call application: the caller's dialog with the server, and a media session facing it. */
final class AppCall implements ApplicationCall, WaitingCaller {
    private static final Logger LOG = Logger.getLogger(AppCall.class.getName());
    private final CallEngine engine;
    private final CallEntry call;
    private final Dialed.Application dialed;
    private final boolean fromCallRoute;
    private final AppMedia media;
    private Side side;
    private boolean ended;
    private boolean handedOn;
    private CallerLeg leg;

    AppCall(CallEngine engine, CallEntry call, Dialed.Application dialed, boolean fromCallRoute, AppMedia media) {
        this.engine = engine;
        this.call = call;
        this.dialed = dialed;
        this.fromCallRoute = fromCallRoute;
        this.media = media;
    }

    @Override
    public String application() {
        return dialed.name();
    }

    @Override
    public String extension() {
        return dialed.extension();
    }

    @Override
    public String instance() {
        return dialed.instance();
    }

    @Override
    public boolean fromCallRoute() {
        return fromCallRoute;
    }

    @Override
    public Caller caller() {
        return call.caller();
    }

    @Override
    public Caller transferredBy() {
        return call.transferredBy();
    }

    @Override
    public String callId() {
        return call.callId();
    }

    @Override
    public synchronized Leg leg() {
        if (leg == null) {
            leg = new CallerLeg(engine, this);
        }
        return leg;
    }

    /** The application's media closes and the caller's side is handed over to the call core. */
    @Override
    public synchronized HandOver handOver(byte[] media) {
        if (!active()) {
            return null;
        }
        handedOn = true;
        this.media.close();
        Side answered = side != null ? side : call.takeAnswered();
        if (answered == null) {
            HandOver taken = WaitingCaller.answer(engine, call, media);
            ended = taken == null;
            side = taken == null ? null : taken.side();
            return taken == null ? null : released(taken);
        }
        side = answered;
        side.anchor(WaitingCaller.anchorFor(engine, call));
        return released(new HandOver(side, false));
    }

    private static HandOver released(HandOver taken) {
        taken.side().application = null;
        return taken;
    }

    @Override
    public synchronized Leg.State waitingState() {
        return !active() ? Leg.State.ENDED : side != null ? Leg.State.ANSWERED : Leg.State.CALLING;
    }

    @Override
    public synchronized byte[] phoneDescription() {
        return side != null ? side.sdp : call.offer();
    }

    @Override
    public CallLog log() {
        return call.log();
    }

    @Override
    public synchronized void answer() {
        requireActive();
        if (side != null) {
            return;
        }
        MediaSession session;
        try {
            session = media.open();
        } catch (MediaException e) {
            ended = true;
            call.fail(e.status(), e.getMessage(), CallDisposition.FAILED);
            throw new CallEndedException(dialed.name() + " has no media for " + callId() + ": " + e.getMessage());
        }
        side = call.connect(session.answerSdp().getBytes(StandardCharsets.UTF_8), null);
        if (side == null) {
            ended = true;
            media.close();
            throw new CallEndedException("the caller hung up before " + dialed.name() + " answered");
        }
        side.application = this;
        call.log().answered(dialed.name());
    }

    @Override
    public Played play(List<Prompt> prompts, boolean stopOnDigit) {
        answer();
        Played played = await(session().play(prompts, stopOnDigit));
        if (played.end() == PlayEnd.CLOSED) {
            throw ended();
        }
        return played;
    }

    @Override
    public Recorded record(Path file, RecordLimits limits) {
        answer();
        return await(session().record(file, limits));
    }

    @Override
    public Optional<Character> digit(Duration timeout) {
        answer();
        try {
            Optional<Character> d = session().nextDigit(timeout);
            if (d.filter(c -> c == '\0').isPresent() || d.isEmpty() && !active()) {
                throw ended();
            }
            return d;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ended();
        }
    }

    @Override
    public String collect(int maximum, String terminators, Duration first, Duration between) {
        StringBuilder digits = new StringBuilder();
        Optional<Character> d = digit(first);
        while (d.isPresent() && terminators.indexOf(d.get()) < 0) {
            digits.append(d.get());
            if (digits.length() >= maximum) {
                break;
            }
            d = digit(between);
        }
        return digits.toString();
    }

    @Override
    public void conference(ConferenceBridge bridge) {
        answer();
        MediaSession session = session();
        await(bridge.join(session));
        if (!active() || !session.isOpen()) {
            throw ended();
        }
    }

    @Override
    public void clearDigits() {
        media.opened().ifPresent(MediaSession::clearDigits);
    }

    @Override
    public boolean transfer(String digits) {
        Optional<Dialed> next = engine.router().map(r -> r.dial(call.caller(), digits));
        if (next.isEmpty() || !(next.get() instanceof Dialed.Ring ring)) {
            return false;
        }
        synchronized (this) {
            requireActive();
            handedOn = true;
            media.close();
            call.log().transferred(digits);
            if (side == null) {
                call.ring(ring);
                return true;
            }
            side.application = null;
            Bridge alone = new Bridge(engine, call.log());
            side.bridge = alone;
            RouteRun run = new RouteRun(engine, call.caller(), side.sdp, false, call.log(),
                    new WaitingSide(engine, side, alone));
            side.waitingFor = run;
            run.start(ring);
        }
        return true;
    }

    @Override
    public void hangUp() {
        CallerLeg asLeg;
        synchronized (this) {
            if (ended || handedOn) {
                return;
            }
            ended = true;
            if (side == null) {
                call.fail(Response.TEMPORARILY_UNAVAILABLE, dialed.name() + " hung up", CallDisposition.FAILED);
            } else {
                side.application = null;
                engine.bye(side.dialog);
                over();
            }
            asLeg = leg;
        }
        media.close();
        if (asLeg != null) {
            asLeg.end(EndCause.NORMAL, dialed.name() + " hung up");
        }
    }

    @Override
    public synchronized boolean active() {
        return !ended && !handedOn;
    }

    /** The phone answered the server's re-INVITE to the application's media. */
    void phoneAnswered(byte[] body) {
        if (body != null && body.length > 0) {
            try {
                session().update(new String(body, StandardCharsets.UTF_8));
            } catch (MediaException e) {
                hangUpQuietly();
            }
        }
    }

    /** The caller sent BYE. */
    void callerHungUp() {
        CallerLeg asLeg;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            side.application = null;
            over();
            asLeg = leg;
        }
        media.close();
        if (asLeg != null) {
            asLeg.phoneHungUp();
        }
    }

    /** The application returned: a call it neither transferred nor hung up is hung up now. */
    void leaveApplication() {
        hangUp();
        media.close();
    }

    void hangUpQuietly() {
        try {
            hangUp();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "hanging up " + callId(), e);
        }
    }

    /** A request inside the call: re-INVITE and UPDATE move the media, INFO carries digits. */
    void request(ServerTransaction st) throws Exception {
        Request request = st.getRequest();
        Response ok = engine.sip().messages().createResponse(Response.OK, request);
        byte[] body = request.getRawContent();
        if (Request.INFO.equals(request.getMethod())) {
            infoDigit(request).ifPresent(d -> media.opened().ifPresent(m -> m.digit(d)));
        } else if (body != null && body.length > 0) {
            try {
                String answer = session().update(new String(body, StandardCharsets.UTF_8));
                ok.setContent(side.show(answer.getBytes(StandardCharsets.UTF_8)), engine.messages().sdpType());
            } catch (MediaException e) {
                st.sendResponse(engine.sip().response(Response.NOT_ACCEPTABLE_HERE, request));
                return;
            }
        }
        if (Request.INVITE.equals(request.getMethod())) {
            ok.addHeader(engine.messages().contact(engine.transportOf(request)));
            if (body == null || body.length == 0) {
                ok.setContent(side.presented.last(), engine.messages().sdpType());
            }
        }
        st.sendResponse(ok);
    }

    /** The digit of a SIP INFO: application/dtmf-relay ("Signal=5") or application/dtmf ("5"). */
    static Optional<Character> infoDigit(Request info) {
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        byte[] body = info.getRawContent();
        if (type == null || body == null) {
            return Optional.empty();
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        String subtype = type.getContentSubType().toLowerCase();
        if (subtype.equals("dtmf-relay")) {
            for (String line : text.split("\r?\n")) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("signal")) {
                    text = kv[1].trim();
                }
            }
        } else if (!subtype.equals("dtmf")) {
            return Optional.empty();
        }
        return text.length() == 1 && "0123456789*#ABCDabcd".indexOf(text.charAt(0)) >= 0
                ? Optional.of(Character.toUpperCase(text.charAt(0))) : Optional.empty();
    }

    private void over() {
        call.log().end(CallDisposition.ANSWERED);
    }

    /** The media session of an answered call (answer() opened it). */
    private MediaSession session() {
        return media.opened().orElseThrow(this::ended);
    }

    private void requireActive() {
        if (!active()) {
            throw ended();
        }
    }

    private CallEndedException ended() {
        return new CallEndedException(callId() + " is over for " + dialed.name());
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            media.close();
            throw ended();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
