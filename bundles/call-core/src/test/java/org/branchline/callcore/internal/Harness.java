package org.branchline.callcore.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.branchline.api.callcontrol.Connection;
import org.branchline.api.callcontrol.LegAddress;

/** A call core with the fake provider and a fake media engine; the call steps told to the fake legs. */
final class Harness implements AutoCloseable {
    static final Duration RING = Duration.ofSeconds(20);
    final CallCore core = new CallCore();
    final FakeLegProvider provider = new FakeLegProvider();
    final FakeMediaEngine engine = new FakeMediaEngine();

    Harness() {
        core.useLegProvider(Used.of(provider), FakeLegProvider.TECHNOLOGIES);
        core.setMediaEngine(engine);
        FakeLeg.STEPS.clear();
    }

    static LegAddress fake(String target) {
        return new LegAddress(FakeLegProvider.TECHNOLOGY, target);
    }

    /** A caller calling in from {@code number}, at port 4000 + its number. */
    static FakeLeg caller(String number) {
        return new FakeLeg(number, Sdp.at(4000 + Integer.parseInt(number)));
    }

    /** {@code from} connected to fake target {@code to}, answered by its party. */
    FakeLeg connected(FakeLeg from, String to) {
        Connection connection = core.connect(from, fake(to), from.party(), RING, false);
        FakeLeg leg = provider.leg(to);
        leg.answerByParty();
        done(connection.bridged());
        return leg;
    }

    /** The call steps told to the legs so far, as "KIND party step". */
    List<String> events() {
        synchronized (FakeLeg.STEPS) {
            return List.copyOf(FakeLeg.STEPS);
        }
    }

    static <T> T done(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("not completed: " + e, e);
        }
    }

    /** The cause a stage failed with. */
    static Throwable failure(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("completed normally");
    }

    @Override
    public void close() {
        core.deactivate();
    }
}
