package org.branchline.sip.internal.call;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.message.Response;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallEndedException;
import org.branchline.api.calls.CallDisposition;
import org.branchline.api.media.MediaEngine;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.routing.Dialed;
import org.branchline.api.routing.WhileAbsent;

/**
 * The whiteboard of call applications: a call dialed to an application name is answered by the media engine and
 * run by the application registered for that name, on a thread of its own. When an application goes away,
 * the calls inside it are hung up cleanly (BYE, ports given back); calls elsewhere are untouched.
 */
public final class ApplicationCalls {
    private static final Logger LOG = Logger.getLogger(ApplicationCalls.class.getName());
    private final Map<String, CallApplication> byName = new ConcurrentHashMap<>();
    private final Map<CallApplication, Set<AppCall>> running = new ConcurrentHashMap<>();
    private final Map<CallApplication, Licensing> licensing = new ConcurrentHashMap<>();
    private final Supplier<MediaEngine> media;
    private final Supplier<Licenses> licenses;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "branchline-call-application");
        t.setDaemon(true);
        return t;
    });
    private CallEngine engine;

    public ApplicationCalls(Supplier<MediaEngine> media, Supplier<Licenses> licenses) {
        this.media = media;
        this.licenses = licenses;
    }

    /**
     * What an application's service properties ask of the license: a feature key it needs
     * ({@link CallApplication#LICENSE}), and a capacity bounding its calls at once ({@link CallApplication#CAPACITY}).
     */
    public record Licensing(LicensedFeature feature, Capacity capacity) {
        public static final Licensing NONE = new Licensing(null, null);

        public static Licensing of(Map<String, Object> properties) {
            Object f = properties.get(CallApplication.LICENSE);
            Object c = properties.get(CallApplication.CAPACITY);
            return new Licensing(f == null ? null : LicensedFeature.parse(f.toString()).orElseThrow(),
                    c == null ? null : Capacity.valueOf(c.toString()));
        }
    }

    Supplier<MediaEngine> media() {
        return media;
    }

    void attach(CallEngine engine) {
        this.engine = engine;
    }

    public void add(CallApplication application, Iterable<String> names, Licensing license) {
        licensing.put(application, license);
        names.forEach(n -> byName.put(n, application));
        running.putIfAbsent(application, ConcurrentHashMap.newKeySet());
    }

    /** The application is gone: its names answer "not installed" and its calls are hung up. */
    public void remove(CallApplication application) {
        byName.values().removeIf(a -> a == application);
        licensing.remove(application);
        Set<AppCall> calls = running.remove(application);
        if (calls != null) {
            calls.forEach(AppCall::hangUpQuietly);
        }
    }

    /** True while an application of that name is on the whiteboard. */
    boolean answers(String name) {
        return byName.containsKey(name);
    }

    /** Answers {@code call} with the application {@code dialed} names, or fails it as the guide says. */
    void start(CallEntry call, Dialed.Application dialed, boolean fromCallRoute) {
        CallApplication application = byName.get(dialed.name());
        MediaEngine engineOfMedia = media.get();
        if (application == null || engineOfMedia == null) {
            String missing = application == null ? dialed.name() : "the media engine";
            call.fail(notInstalledStatus(dialed.whileAbsent()), missing + " is not installed",
                    fromCallRoute ? CallDisposition.NO_ANSWER : CallDisposition.FAILED);
            return;
        }
        String refusal = refusal(application);
        if (refusal != null) {
            call.fail(Response.BUSY_HERE, refusal, fromCallRoute ? CallDisposition.NO_ANSWER : CallDisposition.FAILED);
            return;
        }
        AppCall appCall = new AppCall(engine, call, dialed, fromCallRoute, new AppMedia(media, call.offer()));
        Set<AppCall> calls = running.computeIfAbsent(application, a -> ConcurrentHashMap.newKeySet());
        calls.add(appCall);
        call.log().route(dialed.extension() == null ? dialed.name() : dialed.name() + " " + dialed.extension());
        LOG.info(() -> "Call " + appCall.callId() + " answered by " + dialed.name() + " " + application.version());
        threads.execute(() -> run(application, appCall, calls));
    }

    /**
     * Why the application may not take one more call: its feature key is missing (the guide's busy signal,
     * e.g. the conference center's 408), or its calls fill the model's capacity (voicemail ports); else null.
     */
    private String refusal(CallApplication application) {
        Licensing license = licensing.getOrDefault(application, Licensing.NONE);
        if (license.feature() == null && license.capacity() == null) {
            return null;
        }
        Licenses l = licenses.get();
        if (l == null) {
            return "licensing is not running";
        }
        if (license.feature() != null && !l.licensed(license.feature())) {
            return license.feature().title() + " is not licensed (no " + license.feature().title() + " feature key)";
        }
        Set<AppCall> calls = running.get(application);
        if (license.capacity() != null && calls != null && calls.size() >= l.limit(license.capacity())) {
            return "all " + l.limit(license.capacity()) + " " + license.capacity().title() + " are in use";
        }
        return null;
    }

    /**
     * Voicemail answers busy when it is missing (a caller still learns nobody took the call), and so does the
     * conference center (user guide 2.3.3: a busy signal when it is not installed); others 480.
     */
    static int notInstalledStatus(WhileAbsent whileAbsent) {
        return whileAbsent == WhileAbsent.BUSY ? Response.BUSY_HERE : Response.TEMPORARILY_UNAVAILABLE;
    }

    private static void run(CallApplication application, AppCall call, Set<AppCall> calls) {
        try {
            application.handle(call);
        } catch (CallEndedException e) {
            LOG.fine(() -> call.callId() + " ended inside " + call.application());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, call.application() + " failed on " + call.callId(), e);
        } finally {
            calls.remove(call);
            call.leaveApplication();
        }
    }

    public void shutdown() {
        running.values().forEach(calls -> calls.forEach(AppCall::hangUpQuietly));
        threads.shutdownNow();
    }
}
