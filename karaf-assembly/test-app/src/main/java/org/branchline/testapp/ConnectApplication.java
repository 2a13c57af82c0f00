package org.branchline.testapp;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.ApplicationCall;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.callcontrol.CallControl;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.LegAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A call application for the end-to-end tests: 406 + an extension places a call to that extension through the
 * call core and bridges the caller to whoever answers, without answering the caller itself first. Nobody
 * answering: the caller is refused (480).
 */
@Component(property = {CallApplication.NAMES + "=connect-test",
        CallApplication.NUMBERS + "=pbx-functions:06:extension"})
public final class ConnectApplication implements CallApplication {
    private static final Logger LOG = Logger.getLogger(ConnectApplication.class.getName());
    private static final Duration RING = Duration.ofSeconds(20);
    private final CallControl calls;

    @Activate
    public ConnectApplication(@Reference CallControl calls) {
        this.calls = calls;
    }

    @Override
    public void handle(ApplicationCall call) {
        connect(calls, call, false);
    }

    /** Connects the caller to the call's extension; {@code autoAnswer}: the phones are asked to answer by themselves. */
    static void connect(CallControl calls, ApplicationCall call, boolean autoAnswer) {
        Connection connection = calls.connect(call.leg(), LegAddress.extension(call.extension()), call.leg().party(),
                RING, autoAnswer);
        try {
            connection.bridged().toCompletableFuture().get(RING.toSeconds() + 5, TimeUnit.SECONDS);
            LOG.info(() -> call.callId() + ": connected to " + call.extension());
        } catch (ExecutionException | TimeoutException e) {
            LOG.info(() -> call.callId() + ": " + call.extension() + " did not answer: " + e.getMessage());
            connection.cancel();
            call.hangUp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.cancel();
        }
    }
}
