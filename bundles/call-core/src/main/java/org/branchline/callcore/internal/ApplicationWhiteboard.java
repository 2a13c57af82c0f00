package org.branchline.callcore.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallApplications;
import org.branchline.api.callcontrol.CallEndedException;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.media.MediaEngine;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The call application whiteboard: applications by name, each with its licence and the calls inside it, each call
 * on a thread of its own. The maps are concurrent; a call's place is taken under the application's set of calls.
 */
@Component(service = CallApplications.class)
public class ApplicationWhiteboard implements CallApplications {
    private static final Logger LOG = Logger.getLogger(ApplicationWhiteboard.class.getName());
    private final Map<String, CallApplication> byName = new ConcurrentHashMap<>();
    private final Map<CallApplication, Set<ApplicationCall>> running = new ConcurrentHashMap<>();
    private final Map<CallApplication, ApplicationLicence> licences = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "branchline-call-application");
        t.setDaemon(true);
        return t;
    });

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Licenses licenses;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MediaEngine media;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeApplication")
    void addApplication(CallApplication application, Map<String, Object> properties) {
        List<String> names = CallApplication.values(properties.get(CallApplication.NAMES));
        licences.put(application, ApplicationLicence.of(properties));
        running.putIfAbsent(application, ConcurrentHashMap.newKeySet());
        names.forEach(n -> byName.put(n, application));
        LOG.info("Call application " + names + " " + application.version() + " added");
    }

    /** The application is gone: its names answer as not installed and its calls are hung up. */
    void removeApplication(CallApplication application, Map<String, Object> properties) {
        byName.values().removeIf(a -> a == application);
        licences.remove(application);
        Set<ApplicationCall> calls = running.remove(application);
        if (calls != null) {
            calls.forEach(ApplicationWhiteboard::hangUpQuietly);
        }
        LOG.info("Call application " + CallApplication.values(properties.get(CallApplication.NAMES)) + " "
                + application.version() + " removed");
    }

    void setLicenses(Licenses licenses) {
        this.licenses = licenses;
    }

    void setMedia(MediaEngine media) {
        this.media = media;
    }

    @Override
    public boolean answers(String name) {
        return byName.containsKey(name);
    }

    @Override
    public Optional<Refusal> start(ApplicationCall call, Runnable admitted, Runnable finished) {
        CallApplication application = byName.get(call.application());
        if (application == null || media == null) {
            String missing = application == null ? call.application() : "the media engine";
            return Optional.of(new Refusal(true, missing + " is not installed"));
        }
        Set<ApplicationCall> calls = running.computeIfAbsent(application, a -> ConcurrentHashMap.newKeySet());
        synchronized (calls) {
            Optional<String> busy = licences.getOrDefault(application, ApplicationLicence.NONE)
                    .refusal(licenses, calls.size());
            if (busy.isPresent()) {
                return Optional.of(new Refusal(false, busy.get()));
            }
            calls.add(call);
        }
        admitted.run();
        LOG.info(() -> "Call " + call.callId() + " answered by " + call.application() + " " + application.version());
        threads.execute(() -> run(application, call, () -> {
            calls.remove(call);
            finished.run();
        }));
        return Optional.empty();
    }

    private static void run(CallApplication application, ApplicationCall call, Runnable finished) {
        try {
            application.handle(call);
        } catch (CallEndedException e) {
            LOG.fine(() -> call.callId() + " ended inside " + call.application());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, call.application() + " failed on " + call.callId(), e);
        } finally {
            finished.run();
        }
    }

    private static void hangUpQuietly(ApplicationCall call) {
        try {
            call.hangUp();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "hanging up " + call.callId(), e);
        }
    }

    @Deactivate
    void deactivate() {
        running.values().forEach(calls -> calls.forEach(ApplicationWhiteboard::hangUpQuietly));
        threads.shutdownNow();
    }
}
