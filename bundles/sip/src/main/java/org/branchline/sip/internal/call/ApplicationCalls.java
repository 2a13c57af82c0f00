package org.branchline.sip.internal.call;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.CallApplications;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.WhileAbsent;

/**
 * Phones' calls dialed to a call application: each becomes an {@link AppCall} (its media answered by the media
 * engine when the application first needs it) run by the call core's application whiteboard; a call it cannot
 * start is failed as the guide says. The calls inside applications are hung up when the SIP core stops.
 */
public final class ApplicationCalls {
    private final Supplier<MediaEngine> media;
    private final Supplier<CallApplications> whiteboard;
    private final Set<AppCall> running = ConcurrentHashMap.newKeySet();
    private CallEngine engine;

    public ApplicationCalls(Supplier<MediaEngine> media, Supplier<CallApplications> whiteboard) {
        this.media = media;
        this.whiteboard = whiteboard;
    }

    Supplier<MediaEngine> media() {
        return media;
    }

    void attach(CallEngine engine) {
        this.engine = engine;
    }

    /** True while an application of that name is on the whiteboard. */
    boolean answers(String name) {
        CallApplications w = whiteboard.get();
        return w != null && w.answers(name);
    }

    /** Answers {@code call} with the application {@code dialed} names, or fails it as the guide says. */
    void start(CallEntry call, Dialed.Application dialed, boolean fromCallRoute) {
        CallDisposition failed = fromCallRoute ? CallDisposition.NO_ANSWER : CallDisposition.FAILED;
        CallApplications w = whiteboard.get();
        if (w == null) {
            call.fail(notInstalledStatus(dialed.whileAbsent()), "the call core is not installed", failed);
            return;
        }
        AppCall appCall = new AppCall(engine, call, dialed, fromCallRoute, new AppMedia(media, call.offer()));
        Optional<CallApplications.Refusal> refused = w.start(appCall, () -> {
            running.add(appCall);
            call.log().route(dialed.extension() == null ? dialed.name() : dialed.name() + " " + dialed.extension());
        }, () -> {
            running.remove(appCall);
            appCall.leaveApplication();
        });
        refused.ifPresent(r -> call.fail(r.absent() ? notInstalledStatus(dialed.whileAbsent()) : Response.BUSY_HERE,
                r.reason(), failed));
    }

    /**
     * Voicemail answers busy when it is missing (a caller still learns nobody took the call), and so does the
     * conference center (user guide 2.3.3: a busy signal when it is not installed); others 480.
     */
    static int notInstalledStatus(WhileAbsent whileAbsent) {
        return whileAbsent == WhileAbsent.BUSY ? Response.BUSY_HERE : Response.TEMPORARILY_UNAVAILABLE;
    }

    public void shutdown() {
        running.forEach(AppCall::hangUpQuietly);
    }
}
