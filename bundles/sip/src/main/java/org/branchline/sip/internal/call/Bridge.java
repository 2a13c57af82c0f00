package org.branchline.sip.internal.call;

import org.branchline.api.calls.CallDisposition;

/**
 * Two phones in conversation through the B2BUA. Media flows between them directly; each phone sees the other's
 * description under the server's origin. A transfer or a retrieve replaces one side with another phone.
 */
final class Bridge {
    private final CallEngine engine;
    final CallLog log;
    private boolean reinviting;
    private volatile long lastRefresh = System.currentTimeMillis();
    private volatile Side any;

    /** A bridge for a phone alone, joined by whoever answers the route ringing for it. */
    Bridge(CallEngine engine, CallLog log) {
        this.engine = engine;
        this.log = log;
    }

    Bridge(CallEngine engine, Side a, Side b, CallLog log) {
        this.engine = engine;
        this.log = log;
        join(a, b);
    }

    /** Session timer: ends the call when neither phone refreshed it within {@code seconds} (0: never). */
    void expireUnlessRefreshed(int seconds) {
        if (seconds <= 0) {
            return;
        }
        long period = Math.max(1, seconds / 3);
        java.util.concurrent.ScheduledFuture<?>[] check = new java.util.concurrent.ScheduledFuture<?>[1];
        check[0] = engine.timers().scheduleAtFixedRate(() -> {
            Side side = any;
            if (side == null || side.peer == null) {
                check[0].cancel(false);
            } else if (System.currentTimeMillis() - lastRefresh > seconds * 1000L) {
                check[0].cancel(false);
                log.route("session timer expired");
                hungUp(side);
                engine.bye(side.dialog);
            }
        }, period, period, java.util.concurrent.TimeUnit.SECONDS);
    }

    void refreshed() {
        lastRefresh = System.currentTimeMillis();
    }

    void join(Side a, Side b) {
        a.stopMusic();
        b.stopMusic();
        any = a;
        a.peer = b;
        b.peer = a;
        a.bridge = this;
        b.bridge = this;
        engine.remember(a);
        engine.remember(b);
        log.bridged(b.userId);
    }

    /** The server hangs up {@code side} itself (the transferor's consultation call after an attended transfer). */
    void drop(Side side) {
        side.peer = null;
        log.left(side.userId);
        engine.forgetSide(side);
        engine.bye(side.dialog);
        side.release();
    }

    /**
     * {@code from} hung up: the other side gets a BYE and the call is over. A phone that leaves a call it
     * already handed on (transfer, park) ends nothing; one that hangs up while waiting stops that route.
     */
    void hungUp(Side from) {
        Side other = from.peer;
        log.left(from.userId);
        from.peer = null;
        RouteRun waiting = from.waitingFor;
        if (waiting != null) {
            waiting.fail(javax.sip.message.Response.REQUEST_TERMINATED, "hung up while waiting",
                    CallDisposition.CANCELLED);
        }
        from.release();
        if (other != null) {
            other.peer = null;
            engine.forgetSide(other);
            log.left(other.userId);
            engine.bye(other.dialog);
            other.release();
        }
        if (other != null || waiting != null) {
            log.end(CallDisposition.ANSWERED);
        }
    }

    /** Puts {@code fresh} where {@code old} was, telling the remaining phone where the media now is. */
    void replace(Side old, Side fresh) {
        Side stays = old.peer;
        old.peer = null;
        if (stays == null) {
            engine.bye(fresh.dialog);
            return;
        }
        join(stays, fresh);
        engine.reoffer(stays, fresh.sdp);
    }

    /** False while another re-INVITE of this call waits for its answer (the sender then gets 491). */
    synchronized boolean beginReinvite() {
        if (reinviting) {
            return false;
        }
        reinviting = true;
        return true;
    }

    synchronized void endReinvite() {
        reinviting = false;
    }
}
