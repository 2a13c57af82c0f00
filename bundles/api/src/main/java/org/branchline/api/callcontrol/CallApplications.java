package org.branchline.api.callcontrol;

import java.util.Optional;

/**
 * The call application whiteboard, kept by the call core: a leg provider hands it each call dialed to an
 * application, and the core runs the {@link CallApplication} registered for that name on a thread given to that
 * call alone, within the application's licence (feature key, capacity). When an application goes away, the calls
 * still inside it are hung up; calls elsewhere are untouched.
 */
public interface CallApplications {
    /**
     * Runs the application {@code call.application()} names. {@code admitted} runs first, on the calling thread,
     * once the call has its place; {@code finished} runs once the application returned. Empty when started, else
     * why not (nothing was run).
     */
    Optional<Refusal> start(ApplicationCall call, Runnable admitted, Runnable finished);

    /** True while an application of that name is on the whiteboard. */
    boolean answers(String name);

    /**
     * Why a call was not started.
     *
     * @param absent the application (or the media engine) is not installed: callers hear what the number declares
     *     ({@link org.branchline.api.routing.WhileAbsent}); otherwise it is busy (no feature key, every place taken)
     * @param reason for the call's story
     */
    record Refusal(boolean absent, String reason) {
    }
}
